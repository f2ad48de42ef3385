package kam.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The platform proved whole: the packaged services and the gateway as processes against real Kafka and PostgreSQL,
 * used only through the gateway, with a plain Kafka consumer playing finance. First the key-account flow from
 * registration to the quarter's results. Then faults, each under a steady write load whose every committed change is
 * followed to scoring (a line of the summary printed at the end): Kafka stopped, a service stopped, services killed
 * many times, PostgreSQL restarted, a poison record, a consumer reading its topic again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyAccountPlatformSystemTest {
    private static SystemPlatform platform;
    private static Api api;
    private static String admin;
    private static final String MANAGER = "amelia";

    private static final int WRITES_PER_SECOND = 4;
    private static final int BAD_REQUESTS_PER_SERVICE = 5000;
    private static final List<FaultReport> REPORTS = new ArrayList<>();

    private static String bigCo;
    private static String smallCo;
    private static List<String> loadAccounts;

    @BeforeAll
    static void start() {
        platform = new SystemPlatform();
        api = new Api(platform.gateway());
        admin = platform.bearer("ada", "kam-admin");
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
        if (!REPORTS.isEmpty()) {
            System.out.println("\nFaults under a write load of " + WRITES_PER_SECOND + " renames a second:\n"
                    + FaultReport.table(REPORTS));
        }
    }

    @Test
    @Order(1)
    void aKeyAccountIsChosenPlannedReviewedAndReportedThroughTheGatewayOnly() {
        String am = platform.bearer(MANAGER, "account-manager");
        bigCo = register("Big Co", am);
        String midCo = register("Mid Co", am);
        smallCo = register("Small Co", am);
        join(bigCo, "ceo", "EXECUTIVE_SPONSOR", am);
        join(bigCo, "mia", "MENTOR", am);
        join(bigCo, "tom", "COMMERCIAL", am);
        assertThat(api.post(
                                "/api/v1/accounts/" + bigCo + "/stakeholders",
                                am,
                                Map.of(
                                        "name",
                                        "Priya Raman",
                                        "title",
                                        "COO",
                                        "attitude",
                                        "CHAMPION",
                                        "influence",
                                        5,
                                        "buyingRoles",
                                        List.of("DECISION_MAKER")))
                        .status())
                .isEqualTo(201);
        StringBuilder csv = new StringBuilder("accountId,period,revenue,margin,categorySpend,currency\n");
        for (String quarter : List.of("2026-Q1", "2026-Q2", "2026-Q3")) {
            csv.append(bigCo).append(',').append(quarter).append(",3000000,600000,6000000,EUR\n");
            csv.append(midCo).append(',').append(quarter).append(",300000,45000,2000000,EUR\n");
            csv.append(smallCo).append(',').append(quarter).append(",30000,3000,900000,EUR\n");
        }
        assertThat(api.send("POST", "/api/v1/accounts/revenue-imports", admin, csv.toString(), "text/csv", null)
                        .status())
                .isEqualTo(200);

        // A published model tiers the portfolio; finance, reading kam.scoring, hears of Big Co becoming key.
        Api.Answer model = api.post(
                "/api/v1/scoring-models",
                admin,
                Map.of(
                        "name", "System test model",
                        "criteria",
                                List.of(
                                        Map.of(
                                                "key",
                                                "revenue12m",
                                                "name",
                                                "Revenue",
                                                "weight",
                                                3,
                                                "source",
                                                "REVENUE_12M",
                                                "axis",
                                                "ATTRACTIVENESS",
                                                "scale",
                                                Map.of("min", 0, "max", 9000000)),
                                        Map.of(
                                                "key",
                                                "margin",
                                                "name",
                                                "Margin",
                                                "weight",
                                                1,
                                                "source",
                                                "MARGIN",
                                                "axis",
                                                "RELATIVE_STRENGTH",
                                                "scale",
                                                Map.of("min", 0, "max", 30))),
                        "tierScheme",
                                Map.of("name", "Key only", "tiers", List.of(Map.of("name", "Key", "lowerBound", 60)))));
        assertThat(model.status()).isEqualTo(201);
        String modelId = model.body().get("id").asText();
        assertThat(api.send("POST", "/api/v1/scoring-models/" + modelId + "/publish", admin, null, null, model.etag())
                        .status())
                .isEqualTo(200);
        ConsumerRecord<String, String> tierChange = awaitEvent(
                "kam.scoring",
                r -> bigCo.equals(r.key()) && "kam.scoring.tier-changed.v1".equals(header(r, "ce_type")));
        assertThat(tierChange.value()).contains("\"tier\":\"Key\"").contains(bigCo);
        assertThat(header(tierChange, "ce_source")).isEqualTo("/kam/scoring-service");
        assertThat(header(tierChange, "ce_subject")).isEqualTo(bigCo);
        assertThat(header(tierChange, "ce_id")).isNotBlank();
        JsonNode score = api.get("/api/v1/scores/" + bigCo, am).body();
        assertThat(score.get("tier").asText()).isEqualTo("Key");
        assertThat(score.at("/explanation/overall/contributions")).isNotEmpty();

        // The key account gets a draft plan; the core team commits and the mentor approves.
        String plan = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.get("/api/v1/plans?accountId=" + bigCo, am)
                                .body()
                                .at("/items/0/id")
                                .asText(null),
                        id -> id != null);
        assertThat(api.send("POST", "/api/v1/plans/" + plan + "/submit", am, null, null, "*")
                        .status())
                .isEqualTo(200);
        for (String bearer : List.of(am, platform.bearer("ceo", "executive"), platform.bearer("tom", "viewer"))) {
            assertThat(api.send("POST", "/api/v1/plans/" + plan + "/commit", bearer, null, null, "*")
                            .status())
                    .isEqualTo(200);
        }
        Api.Answer approved = api.send(
                "POST", "/api/v1/plans/" + plan + "/approve", platform.bearer("mia", "mentor"), null, null, "*");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("approvedRevision").asInt()).isEqualTo(1);

        // 90-day reviews are booked 12 months ahead, and the mentor review of the approved plan.
        JsonNode reviews = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.get("/api/v1/reviews?accountId=" + bigCo + "&status=SCHEDULED&kind=ACCOUNT", am)
                                .body()
                                .get("items"),
                        items -> items != null && items.size() == 4);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = LocalDate.parse(reviews.get(0).get("date").asText());
        assertThat(LocalDate.parse(reviews.get(3).get("date").asText())).isBeforeOrEqualTo(today.plusMonths(12));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/v1/reviews?accountId=" + bigCo + "&kind=MENTOR", am)
                                .body()
                                .get("items")
                                .size()
                        == 1);

        // On the meeting's day (review-service restarted that far ahead) it is held with an action item.
        long toMeeting = ChronoUnit.DAYS.between(today, first);
        platform.stop("review-service");
        platform.start("review-service", Map.of("KAM_CLOCK_OFFSET", "P" + toMeeting + "D"));
        String review = reviews.get(0).get("id").asText();
        String etag = api.get("/api/v1/reviews/" + review, am).etag();
        Api.Answer held = api.send(
                "POST",
                "/api/v1/reviews/" + review + "/outcome",
                am,
                Map.of(
                        "results", List.of("Renewed the contract"),
                        "decisions", List.of("Pilot in Spain"),
                        "actionItems", List.of(Map.of("title", "Send the revised service levels", "owner", MANAGER))),
                "application/json",
                etag);
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.body().get("status").asText()).isEqualTo("COMPLETED");

        // The item becomes a plan action; 40 days on it is overdue, and planning says so on kam.planning.
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/plans/" + plan + "/actions", am)
                .body()
                .get("items")
                .findValuesAsText("title")
                .contains("Send the revised service levels"));
        platform.stop("planning-service");
        platform.start("planning-service", Map.of("KAM_CLOCK_OFFSET", "P" + (toMeeting + 40) + "D"));
        ConsumerRecord<String, String> overdue = awaitEvent(
                "kam.planning",
                r -> bigCo.equals(r.key()) && "kam.planning.action-overdue.v1".equals(header(r, "ce_type")));
        assertThat(overdue.value()).contains("Send the revised service levels");

        // The quarter's results show the held review and its action item.
        String quarter = first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
        JsonNode results =
                api.get("/api/v1/reports/quarterly/" + quarter, admin).body();
        JsonNode line = null;
        for (JsonNode account : results.get("accounts")) {
            if (account.get("accountId").asText().equals(bigCo)) {
                line = account;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.get("reviewsHeld").asInt()).isEqualTo(1);
        assertThat(line.get("actionItemsRaised").asInt()).isEqualTo(1);
        assertThat(line.get("tierAtEnd").asText()).isEqualTo("Key");
    }

    @Test
    @Order(2)
    void writesKeepSucceedingWhileKafkaIsDownAndAllArriveOnceAndInOrderOnceItIsBack() {
        loadAccounts =
                List.of(register("Load Co 1", admin), register("Load Co 2", admin), register("Load Co 3", admin));
        FaultReport report = underLoad("Kafka broker stopped 30 s", () -> stopKafkaFor(Duration.ofSeconds(30)));
        assertThat(report.acknowledged()).as(report.toString()).isEqualTo(report.attempted());
        assertThat(report.exactlyOnceInOrder()).as(report.toString()).isTrue();
        assertThat(report.recovery()).isLessThanOrEqualTo(Duration.ofSeconds(60));
    }

    @Test
    @Order(3)
    void aServiceThatIsDownAnswers503AtTheGatewayAndCatchesUpWhenBack() {
        FaultReport report = underLoad("scoring-service stopped 10 s (SIGTERM)", () -> {
            platform.stop("scoring-service");
            Api.Answer down = api.get("/api/v1/portfolio?limit=1", admin);
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.header("Content-Type")).contains("problem+json");
            SystemPlatform.sleep(10_000);
            platform.start("scoring-service", Map.of());
        });
        assertThat(report.acknowledged()).as(report.toString()).isEqualTo(report.attempted());
        assertThat(report.exactlyOnceInOrder()).as(report.toString()).isTrue();
    }

    @Test
    @Order(4)
    void servicesKilledInTheMiddleOfWritesLeaveExactlyOneEventForEveryCommittedChange() {
        FaultReport report =
                underLoad("account-service ×4 and scoring-service ×2 killed (SIGKILL)", () -> killRepeatedly(6, 9));
        assertThat(report.acknowledged()).isLessThan(report.attempted());
        assertThat(report.exactlyOnceInOrder()).as(report.toString()).isTrue();
    }

    @Test
    @Order(5)
    void postgresDownIsA503ThatChangesNothingAndServicesRecoverWithoutARestart() {
        FaultReport report = underLoad("PostgreSQL stopped and started", () -> restartPostgres("Lost Co"));
        assertThat(report.exactlyOnceInOrder()).as(report.toString()).isTrue();
        assertThat(api.post("/api/v1/accounts", admin, Map.of("name", "After Co", "currency", "EUR"))
                        .status())
                .isEqualTo(201);
        assertThat(api.get("/api/v1/accounts?q=Lost%20Co", admin).body().get("items"))
                .isEmpty();
    }

    @Test
    @Order(6)
    void aPoisonRecordLandsInTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        String poisonId = UUID.randomUUID().toString();
        FaultReport report = underLoad("poison record on kam.accounts", () -> {
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    "bootstrap.servers", platform.bootstrapServers(),
                    "key.serializer", StringSerializer.class.getName(),
                    "value.serializer", StringSerializer.class.getName()))) {
                // On the partition of a loaded account, so that the load's next events queue behind it.
                ProducerRecord<String, String> poison =
                        new ProducerRecord<>("kam.accounts", loadAccounts.get(0), "{not json at all");
                poison.headers().add("ce_specversion", bytes("1.0"));
                poison.headers().add("ce_id", bytes(poisonId));
                poison.headers().add("ce_source", bytes("/kam/account-service"));
                poison.headers().add("ce_type", bytes("kam.account.updated.v1"));
                poison.headers().add("ce_subject", bytes(loadAccounts.get(0)));
                producer.send(poison);
            }
            ConsumerRecord<String, String> dead = awaitEvent("kam.dlq", r -> poisonId.equals(header(r, "ce_id")));
            assertThat(header(dead, "dead-letter-topic")).isEqualTo("kam.accounts");
            assertThat(header(dead, "dead-letter-reason")).isNotBlank();
        });
        assertThat(report.exactlyOnceInOrder()).as(report.toString()).isTrue();
    }

    @Test
    @Order(7)
    void aConsumerReadingItsTopicAgainFromTheStartChangesNothing() throws Exception {
        JsonNode before = portfolioWithoutLoadNames();
        ScoringInbox inbox = new ScoringInbox(platform.jdbcUrl("scoring"));
        long appliedBefore = inbox.count();
        long[] reRead = new long[1];
        FaultReport report = underLoad("scoring re-reads kam.accounts from the start", () -> {
            platform.stop("scoring-service");
            try (Admin kafka = Admin.create(Map.of("bootstrap.servers", platform.bootstrapServers()))) {
                Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
                kafka.describeTopics(List.of("kam.accounts"))
                        .allTopicNames()
                        .get()
                        .get("kam.accounts")
                        .partitions()
                        .forEach(p ->
                                start.put(new TopicPartition("kam.accounts", p.partition()), new OffsetAndMetadata(0)));
                kafka.alterConsumerGroupOffsets("scoring-service", start).all().get();
                reRead[0] = EventLedger.openAt(platform.bootstrapServers()).recordsBefore();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            platform.start("scoring-service", Map.of());
        });
        assertThat(report.exactlyOnceInOrder()).as(report.toString()).isTrue();
        // Of everything re-read, only the load's new events were applied: the rest found their ids in the inbox.
        assertThat(inbox.count() - appliedBefore).isEqualTo(report.applied());
        assertThat(reRead[0]).isGreaterThan(report.applied());
        assertThat(portfolioWithoutLoadNames()).isEqualTo(before);
        System.out.printf(
                "Replay: scoring re-read %d records of kam.accounts and applied none of them again%n", reRead[0]);
    }

    @Test
    @Order(8)
    void thousandsOfBadRequestsPerServiceGetProblemsAndChangeNothingStored() {
        Map<String, String> before = quietData();
        String everyRole =
                platform.bearer("fuzz", "kam-admin", "account-manager", "executive", "mentor", "finance", "viewer");
        String plan =
                api.get("/api/v1/plans?limit=1", admin).body().at("/items/0/id").asText();
        String review = api.get("/api/v1/reviews?limit=1", admin)
                .body()
                .at("/items/0/id")
                .asText();
        String model = api.get("/api/v1/scoring-models", admin)
                .body()
                .at("/items/0/id")
                .asText();
        Map<String, Map<String, String>> realValues = Map.of(
                "account-service",
                Map.of("id", bigCo, "accountId", bigCo),
                "scoring-service",
                Map.of("id", model, "accountId", bigCo),
                "planning-service",
                Map.of("id", plan, "planId", plan),
                "review-service",
                Map.of("id", review, "accountId", bigCo, "userId", MANAGER, "quarter", "2027-Q1"));
        List<BadInput.Outcome> outcomes = new ArrayList<>();
        for (String service : SystemPlatform.SERVICES) {
            JsonNode document = platform.openApi(service);
            List<BadRequests.Request> requests =
                    BadRequests.generate(document, realValues.get(service)::get, BAD_REQUESTS_PER_SERVICE, 11);
            outcomes.add(BadInput.send(service, platform.service(service), everyRole, requests));
        }
        System.out.println("\nBad requests straight to each service (generated from its OpenAPI document):\n"
                + badInputTable(outcomes));
        outcomes.forEach(outcome -> assertThat(outcome.defects())
                .as(outcome.service() + ": " + outcome.defects().size() + " defects")
                .isEmpty());
        assertThat(StoredData.fingerprint(platform, SystemPlatform.DATABASE_NAMES))
                .as("the stored data after the bad requests")
                .isEqualTo(before);
    }

    @Test
    @Order(9)
    void hostileTextIsStoredAndReadBackAsItCameOrRefusedNamingTheField() {
        for (String hostile : BadRequests.HOSTILE) {
            if (!StandardCharsets.UTF_8.newEncoder().canEncode(hostile)) {
                continue; // a lone surrogate cannot travel as UTF-8: the client sends '?' in its place
            }
            Api.Answer created = api.post("/api/v1/accounts", admin, Map.of("name", hostile, "currency", "EUR"));
            if (created.status() == 201) {
                String id = created.body().get("id").asText();
                assertThat(api.get("/api/v1/accounts/" + id, admin)
                                .body()
                                .get("name")
                                .asText())
                        .isEqualTo(hostile);
            } else {
                assertThat(created.status()).as(hostile).isIn(400, 422);
                assertThat(created.body().toString()).contains("name");
            }
        }
    }

    /** The stored data once it has stopped moving: events of the earlier tests may still be arriving. */
    private static Map<String, String> quietData() {
        Map<String, String> previous = StoredData.fingerprint(platform, SystemPlatform.DATABASE_NAMES);
        for (int i = 0; i < 30; i++) {
            SystemPlatform.sleep(2000);
            Map<String, String> now = StoredData.fingerprint(platform, SystemPlatform.DATABASE_NAMES);
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        throw new AssertionError("the stored data keeps changing with nothing sent");
    }

    private static String badInputTable(List<BadInput.Outcome> outcomes) {
        StringBuilder table = new StringBuilder(
                "| service | requests | answers by status | 5xx | defects |\n|---|--:|---|--:|--:|\n");
        for (BadInput.Outcome o : outcomes) {
            table.append("| %s | %d | %s | %d | %d |\n"
                    .formatted(
                            o.service(),
                            o.sent(),
                            o.byStatus(),
                            o.byStatus().entrySet().stream()
                                    .filter(e -> e.getKey() >= 500)
                                    .mapToInt(Map.Entry::getValue)
                                    .sum(),
                            o.defects().size()));
        }
        return table.toString();
    }

    /**
     * Opt-in soak: {@code -Dkam.soak=PT30M} runs the faults again and again under the write load for that long, each a
     * line of the summary, each held to exactly once and in order.
     */
    @Test
    @Order(10)
    @EnabledIfSystemProperty(named = "kam.soak", matches = "P.+")
    void soak() {
        long end = System.nanoTime()
                + Duration.parse(System.getProperty("kam.soak")).toNanos();
        for (int cycle = 1; System.nanoTime() < end; cycle++) {
            String name = "soak " + cycle + ": ";
            long seed = cycle;
            FaultReport report =
                    switch (cycle % 3) {
                        case 1 -> underLoad(name + "Kafka stopped 45 s", () -> stopKafkaFor(Duration.ofSeconds(45)));
                        case 2 -> underLoad(name + "6 kills (SIGKILL)", () -> killRepeatedly(6, seed));
                        default -> underLoad(name + "PostgreSQL restarted", () -> restartPostgres("Soak Lost Co"));
                    };
            assertThat(report.exactlyOnceInOrder()).as(report.toString()).isTrue();
        }
    }

    private static void stopKafkaFor(Duration outage) {
        platform.stopKafka();
        SystemPlatform.sleep(outage.toMillis());
        platform.startKafka();
    }

    /** Kills account-service and scoring-service by turns (two of every three kills are account-service's). */
    private static void killRepeatedly(int kills, long seed) {
        Random pause = new Random(seed);
        for (int kill = 1; kill <= kills; kill++) {
            String victim = kill % 3 == 0 ? "scoring-service" : "account-service";
            SystemPlatform.sleep(1000 + pause.nextInt(2000));
            platform.kill(victim);
            platform.start(victim, Map.of());
        }
    }

    /** PostgreSQL stops: a write is refused with 503, the platform turns unready, and recovers when it is back. */
    private static void restartPostgres(String refusedAccount) {
        platform.stopPostgres();
        Api.Answer refused = api.post("/api/v1/accounts", admin, Map.of("name", refusedAccount, "currency", "EUR"));
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isNotNull();
        // The gateway is not ready while a service behind it cannot reach its database.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> api.get("/q/health/ready", null).status() == 503);
        platform.startPostgres();
        // The services recover by themselves: no restart.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> api.get("/q/health/ready", null).status() == 200);
    }

    /**
     * Runs a fault with the write load going: 2 s of load before it, the fault, 3 s after, and then waits for every
     * committed change to reach scoring. The report joins the summary printed at the end.
     */
    private static FaultReport underLoad(String fault, Runnable inject) {
        EventLedger ledger = EventLedger.openAt(platform.bootstrapServers());
        WriteLoad load = WriteLoad.start(api, admin, loadAccounts, WRITES_PER_SECOND);
        Instant ended;
        try (load) {
            SystemPlatform.sleep(2000);
            inject.run();
            ended = Instant.now();
            SystemPlatform.sleep(3000);
        }
        FaultReport report = new Deliveries(platform).settle(fault, load, ledger, ended);
        REPORTS.add(report);
        return report;
    }

    /** The portfolio as scoring has it, leaving out the names the write load keeps changing. */
    private static JsonNode portfolioWithoutLoadNames() {
        JsonNode portfolio = api.get("/api/v1/portfolio?limit=100", admin).body();
        portfolio.get("items").forEach(item -> {
            if (loadAccounts.contains(item.get("accountId").asText())) {
                ((ObjectNode) item).remove("name");
            }
        });
        return portfolio;
    }

    private static String register(String name, String bearer) {
        Api.Answer created = api.post(
                "/api/v1/accounts",
                bearer,
                Map.of("name", name, "currency", "EUR", "status", "ACTIVE", "ownerId", MANAGER));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith(platform.gateway());
        return created.body().get("id").asText();
    }

    private static void join(String account, String user, String role, String bearer) {
        assertThat(api.post("/api/v1/accounts/" + account + "/team", bearer, Map.of("userId", user, "role", role))
                        .status())
                .isEqualTo(201);
    }

    private static ConsumerRecord<String, String> awaitEvent(
            String topic, java.util.function.Predicate<ConsumerRecord<String, String>> wanted) {
        try (KafkaConsumer<String, String> finance = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", platform.bootstrapServers(),
                "group.id", "finance-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            finance.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                List<ConsumerRecord<String, String>> seen = new ArrayList<>();
                finance.poll(Duration.ofMillis(500)).forEach(seen::add);
                for (ConsumerRecord<String, String> record : seen) {
                    if (wanted.test(record)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no such event on " + topic + " within 60 s");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
