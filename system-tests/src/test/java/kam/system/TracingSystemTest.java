package kam.system;

import static kam.system.SharedPlatform.admin;
import static kam.system.SharedPlatform.api;
import static kam.system.SharedPlatform.platform;
import static kam.system.Steps.awaitEvent;
import static kam.system.Steps.header;
import static kam.system.Steps.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One request's trace, followed from the outside: a caller's traceparent into the gateway, account-service's handling
 * and its log line, the event on kam.accounts, scoring's handling and its log line, and the event scoring writes in
 * turn on kam.scoring, all under the caller's trace id.
 */
@ExtendWith(SharedPlatform.class)
class TracingSystemTest {
    private static final Path LOGS = Path.of("target/system-platform");
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aRequestsTraceIdReachesTheEventsItCausesAndTheLogLinesOfEveryHop() {
        Steps.modelTieringTheLargest();
        String account = register("Traced Co " + UUID.randomUUID(), admin());
        String traceId = randomHex(16);
        String callerSpan = randomHex(8);

        // Revenue that makes the account key: account-service records it, scoring scores it and changes its tier.
        StringBuilder csv = new StringBuilder("accountId,period,revenue,margin,categorySpend,currency\n");
        for (String quarter : List.of("2026-Q1", "2026-Q2", "2026-Q3")) {
            csv.append(account).append(',').append(quarter).append(",3000000,600000,6000000,EUR\n");
        }
        Api.Answer imported = api().send(
                        "POST",
                        "/api/v1/accounts/revenue-imports",
                        admin(),
                        csv.toString(),
                        "text/csv",
                        null,
                        Map.of("traceparent", "00-" + traceId + "-" + callerSpan + "-01"));
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);

        ConsumerRecord<String, String> recorded = awaitEvent(
                "kam.accounts",
                r -> account.equals(r.key()) && "kam.account.revenue-recorded.v1".equals(header(r, "ce_type")));
        Traceparent sent = Traceparent.of(header(recorded, "traceparent"));
        assertThat(sent.traceId()).isEqualTo(traceId);
        assertThat(sent.parentId())
                .as("account-service's own span, not the caller's")
                .isNotEqualTo(callerSpan);

        ConsumerRecord<String, String> tiered = awaitEvent(
                "kam.scoring",
                r -> account.equals(r.key()) && "kam.scoring.tier-changed.v1".equals(header(r, "ce_type")));
        Traceparent scored = Traceparent.of(header(tiered, "traceparent"));
        assertThat(scored.traceId()).isEqualTo(traceId);
        assertThat(scored.parentId()).as("scoring's handling, a hop of its own").isNotEqualTo(sent.parentId());

        // Each hop's log lines carry the trace id: account-service writing the events, scoring handling one.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(linesWith("account-service", traceId)).anyMatch(line -> line.contains("written to the outbox"));
            assertThat(linesWith("scoring-service", traceId))
                    .anyMatch(line -> line.contains("scoring.accounts handled kam.account.revenue-recorded.v1"));
        });
    }

    /** The lines of every replica's log of a service that carry the trace id. */
    private static List<String> linesWith(String service, String traceId) {
        return platform().replicas(service).stream()
                .flatMap(replica -> {
                    try {
                        return Files.readAllLines(LOGS.resolve(replica + ".log"), StandardCharsets.ISO_8859_1).stream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .filter(line -> line.contains("[" + traceId + "]"))
                .toList();
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HEX.formatHex(value);
    }

    /** A W3C traceparent's trace id and parent (span) id. */
    private record Traceparent(String traceId, String parentId) {
        static Traceparent of(String header) {
            assertThat(header).as("traceparent header").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
            String[] parts = header.split("-");
            return new Traceparent(parts[1], parts[2]);
        }
    }
}
