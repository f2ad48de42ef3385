package kam.system;

import static kam.system.SharedPlatform.platform;
import static kam.system.Steps.bytes;
import static kam.system.Steps.cloudEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operations see and do, from the outside: every metric the alert rules (deploy/prometheus/kam-alerts.yml) name
 * is scraped from the running processes, a record set aside in kam.dlq moves the dead-letter metrics, and the dead
 * letters are listed and replayed with deploy/ops/DeadLetters.java as README says.
 */
@ExtendWith(SharedPlatform.class)
class OperationsSystemTest {
    private static final Path RULES = Path.of("../deploy/prometheus/kam-alerts.yml");
    private static final Path TOOL = Path.of("../deploy/ops/DeadLetters.java");
    private static final Pattern METRIC = Pattern.compile("\\b((?:kam|kafka)_[a-z0-9_]+)\\b");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everyMetricTheAlertsNameIsScrapedAndADeadLetterMovesItsMetrics() throws IOException {
        // A record no consumer can read: each consumer of kam.accounts sets it aside and counts it.
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(cloudEvent(
                    "kam.accounts",
                    UUID.randomUUID().toString(),
                    "{not json",
                    UUID.randomUUID().toString(),
                    "kam.account.updated.v1"));
        }
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    String scoring = scrapes("scoring-service");
                    assertThat(value(scoring, "kam_inbox_dead_lettered_total", "consumer=\"scoring.accounts\""))
                            .isPositive();
                    assertThat(value(scoring, "kam_dlq_depth", "topic=\"kam.dlq\""))
                            .isPositive();
                    assertThat(value(scoring, "kam_outbox_oldest_unsent_seconds", "topic=\"kam.scoring\""))
                            .isGreaterThanOrEqualTo(0);
                    assertThat(value(scoring, "kam_consumer_lag", "group=\"scoring-service\""))
                            .isGreaterThanOrEqualTo(0);
                });

        Set<String> scraped = new HashSet<>();
        Stream.concat(SystemPlatform.SERVICES.stream(), Stream.of("gateway"))
                .map(OperationsSystemTest::scrapes)
                .forEach(text -> text.lines()
                        .filter(line -> !line.startsWith("#") && !line.isBlank())
                        .map(line -> line.split("[{ ]", 2)[0])
                        .forEach(scraped::add));
        List<String> named = namedByTheAlerts();
        assertThat(named).isNotEmpty();
        assertThat(scraped).as("metrics the alert rules name").containsAll(named);
    }

    @Test
    void aDeadLetterIsListedAndItsReplayIsHandledOnceByEveryConsumer() throws Exception {
        UUID id = UUID.randomUUID();
        // A sound event set aside as SmallRye sets one aside when its handling failed, for a cause since fixed.
        try (KafkaProducer<String, String> producer = producer()) {
            ProducerRecord<String, String> dead = cloudEvent(
                    "kam.dlq", UUID.randomUUID().toString(), "{}", id.toString(), "kam.system-test.replayed.v1");
            dead.headers().add("dead-letter-topic", bytes("kam.accounts"));
            dead.headers().add("dead-letter-partition", bytes("0"));
            dead.headers().add("dead-letter-offset", bytes("0"));
            dead.headers().add("dead-letter-reason", bytes("the database could not be reached for 30 min"));
            producer.send(dead).get();
        }

        assertThat(deadLetters("list", "kam.system-test.replayed.v1"))
                .contains(id.toString(), "kam.accounts-0@0", "the database could not be reached for 30 min");
        assertThat(deadLetters("replay", id.toString())).contains("1 events replayed");
        assertThat(deadLetters("replay", id.toString())).contains("1 events replayed");

        // Each consumer of kam.accounts handled the replayed event, once: the second replay found its id.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(ServiceDatabases.handledBy("scoring", id)).containsExactly("scoring.accounts");
            assertThat(ServiceDatabases.handledBy("planning", id)).containsExactly("planning.accounts");
            assertThat(ServiceDatabases.handledBy("reviews", id)).containsExactly("review.accounts");
        });
    }

    /** Runs deploy/ops/DeadLetters.java as README says, and answers what it printed. */
    private static String deadLetters(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(
                Processes.java(),
                "-cp",
                System.getProperty("java.class.path"),
                TOOL.toString(),
                platform().bootstrapServers()));
        line.addAll(List.of(command));
        Process tool = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tool.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(tool.exitValue()).as(output).isZero();
        return output;
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                "bootstrap.servers", platform().bootstrapServers(),
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()));
    }

    /** Every kam_ and kafka_ metric named in the rules' expressions. */
    private static List<String> namedByTheAlerts() throws IOException {
        List<String> names = new ArrayList<>();
        for (JsonNode group : new YAMLMapper().readTree(RULES.toFile()).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                Matcher metric = METRIC.matcher(rule.path("expr").asText());
                while (metric.find()) {
                    names.add(metric.group(1));
                }
            }
        }
        return names;
    }

    /** The metrics of every replica of a process, one after the other, as Prometheus scrapes each. */
    private static String scrapes(String name) {
        StringBuilder all = new StringBuilder();
        for (String replica : platform().replicas(name)) {
            try {
                HttpResponse<String> metrics = HTTP.send(
                        HttpRequest.newBuilder(URI.create(platform().management(replica) + "/q/metrics"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(metrics.statusCode()).isEqualTo(200);
                all.append(metrics.body()).append('\n');
            } catch (IOException e) {
                throw new IllegalStateException("cannot scrape " + replica, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return all.toString();
    }

    /** The largest value of a metric over the lines with a label, or -1 when there is none. */
    private static double value(String scrape, String metric, String label) {
        return scrape.lines()
                .filter(line -> line.startsWith(metric + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .max()
                .orElse(-1);
    }
}
