package kam.system;

import static kam.system.SharedPlatform.admin;
import static kam.system.SharedPlatform.api;
import static kam.system.SharedPlatform.platform;
import static kam.system.Steps.cloudEvent;
import static kam.system.Steps.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The infrastructure failing under the steady write load, as production runs it (three Kafka nodes, every topic
 * replicated three times and refusing writes with fewer than two in sync): the leader of a loaded partition killed,
 * two of the three nodes down, and PostgreSQL down for longer than every timeout on the way (SmallRye's 60 s check of
 * a record left unprocessed, the gateway's, the relay's). Each is a line of the summary printed at the end.
 */
@ExtendWith(SharedPlatform.class)
class FailoverSystemTest {
    /** An event of a type no consumer knows yet: each records it in its inbox and does nothing else with it. */
    private static final String PROBE_TYPE = "kam.system-test.probe.v1";

    private static final List<FaultReport> REPORTS = new ArrayList<>();
    private static List<String> loadAccounts;

    @BeforeAll
    static void accountsToLoad() {
        loadAccounts = List.of(
                register("Failover Co 1", admin()),
                register("Failover Co 2", admin()),
                register("Failover Co 3", admin()));
    }

    @AfterAll
    static void summary() {
        if (!REPORTS.isEmpty()) {
            System.out.println("\nFailover under a write load of " + FaultUnderLoad.WRITES_PER_SECOND
                    + " renames a second:\n" + FaultReport.table(REPORTS));
        }
    }

    @Test
    void killingTheLeaderOfALoadedPartitionLosesNoAcknowledgedWriteAndKeepsEachAccountsOrder() {
        assumeThat(KafkaCluster.NODES).as("three Kafka nodes").isGreaterThanOrEqualTo(3);
        KafkaCluster kafka = platform().kafka();
        String account = loadAccounts.get(0);
        int[] leaders = new int[2];
        double[] elected = new double[1];
        FaultReport report =
                underLoad("Kafka node leading a loaded partition killed (SIGKILL), back after 20 s", () -> {
                    leaders[0] = kafka.leaderOf("kam.accounts", account);
                    long killed = System.nanoTime();
                    kafka.kill(List.of(leaders[0]));
                    await().atMost(Duration.ofSeconds(60))
                            .pollInterval(Duration.ofMillis(200))
                            .until(() -> {
                                leaders[1] = kafka.leaderOf("kam.accounts", account);
                                return leaders[1] != KafkaCluster.NO_LEADER && leaders[1] != leaders[0];
                            });
                    elected[0] = (System.nanoTime() - killed) / 1e9;
                    SystemPlatform.sleep(Math.max(0, 20_000 - (System.nanoTime() - killed) / 1_000_000));
                    kafka.startNodes(List.of(leaders[0]));
                });
        System.out.printf(
                Locale.ROOT,
                "kafka-%d led the partition of %s on kam.accounts; after its SIGKILL kafka-%d led it in %.1f s%n",
                leaders[0],
                account,
                leaders[1],
                elected[0]);
        assertThat(report.acknowledged()).as(report.toString()).isEqualTo(report.attempted());
        assertThat(report.exactlyOnceInOrder()).as(report.toString()).isTrue();
    }

    @Test
    void withTwoOfThreeNodesDownProducersAreRefusedAndWritesWaitInTheOutboxUntilTheyReturn() {
        assumeThat(KafkaCluster.NODES).as("three Kafka nodes").isGreaterThanOrEqualTo(3);
        KafkaCluster kafka = platform().kafka();
        String[] refusal = new String[1];
        long[] waiting = new long[1];
        FaultReport report = underLoad("two of three Kafka nodes killed (SIGKILL) for 30 s", () -> {
            int leader = kafka.leaderOf("kam.accounts", loadAccounts.get(0));
            List<Integer> down = new ArrayList<>(List.of(leader));
            down.add(kafka.nodes().stream().filter(n -> n != leader).findFirst().orElseThrow());
            long killed = System.nanoTime();
            kafka.kill(down);
            refusal[0] = refusal(UUID.randomUUID());
            SystemPlatform.sleep(Math.max(0, 30_000 - (System.nanoTime() - killed) / 1_000_000));
            waiting[0] = ServiceDatabases.unsent("accounts");
            kafka.startNodes(down);
        });
        System.out.printf(
                "With two nodes down a producer's send (acks=all) was not acknowledged (%s); %d events waited in"
                        + " account-service's outbox%n",
                refusal[0], waiting[0]);
        assertThat(refusal[0]).as("a send with two of three nodes down").isNotNull();
        assertThat(waiting[0]).isPositive();
        assertThat(report.acknowledged()).as(report.toString()).isEqualTo(report.attempted());
        assertThat(report.exactlyOnceInOrder()).as(report.toString()).isTrue();
    }

    @Test
    void aTwoMinutePostgresOutageMakesEveryServiceUnreadyNotDeadAndEverythingResumesByItself() {
        UUID probe = UUID.randomUUID();
        PostgresOutage.Observed[] seen = new PostgresOutage.Observed[1];
        FaultReport report = underLoad(
                "PostgreSQL down 2 min",
                () -> seen[0] = PostgresOutage.run(Duration.ofMinutes(2), "Lost Co", () -> assertThat(refusal(probe))
                        .isNull()));
        PostgresOutage.Observed outage = seen[0];
        System.out.println("PostgreSQL down 2 min: " + outage);
        assertThat(outage.unready())
                .hasSize(SystemPlatform.SERVICES.size() * SystemPlatform.REPLICAS)
                .allSatisfy((replica, after) -> assertThat(after).isLessThanOrEqualTo(Duration.ofSeconds(10)));
        assertThat(outage.livenessFailures()).isZero();
        assertThat(outage.writesRefusedWithRetryAfter()).isEqualTo(outage.writesAnswered());
        assertThat(outage.gatewayUnready()).isZero();
        assertThat(outage.backendsSeenDown()).isPositive();
        assertThat(outage.outboxDrained()).isLessThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(report.exactlyOnceInOrder()).as(report.toString()).isTrue();
        // Every consumer of kam.accounts held the event sent while the database was down, and handled it once back.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(ServiceDatabases.handledBy("scoring", probe)).containsExactly("scoring.accounts");
            assertThat(ServiceDatabases.handledBy("planning", probe)).containsExactly("planning.accounts");
            assertThat(ServiceDatabases.handledBy("reviews", probe)).containsExactly("review.accounts");
        });
        assertThat(api().get("/api/v1/accounts?q=Lost%20Co", admin()).body().get("items"))
                .isEmpty();
        assertThat(api().post("/api/v1/accounts", admin(), Map.of("name", "After Co", "currency", "EUR"))
                        .status())
                .isEqualTo(201);
    }

    private static FaultReport underLoad(String fault, Runnable inject) {
        FaultReport report = FaultUnderLoad.run(fault, loadAccounts, inject);
        REPORTS.add(report);
        return report;
    }

    /**
     * Sends a probe event to kam.accounts as a producer of the platform does (acks=all, idempotent), allowing 15 s:
     * null when the cluster acknowledged it, otherwise why it was refused.
     */
    private static String refusal(UUID id) {
        KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "15000",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
        try {
            ProducerRecord<String, String> event =
                    cloudEvent("kam.accounts", UUID.randomUUID().toString(), "{}", id.toString(), PROBE_TYPE);
            producer.send(event).get(30, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
        } catch (TimeoutException e) {
            return "no answer in 30 s";
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return "TimeoutException: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            // Without a bound, close waits for the idempotent producer to settle with a cluster that cannot answer.
            producer.close(Duration.ofSeconds(2));
        }
    }
}
