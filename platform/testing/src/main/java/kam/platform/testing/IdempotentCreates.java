package kam.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Every create and import the committed document offers with an {@code Idempotency-Key}, walked as
 * {@link AccessMatrix} walks roles: a replay answers what the first request answered and writes nothing, the same key
 * with another body is refused with 422, and two requests racing with one key write once. The service's test gives
 * a request for each such operation (by operationId), fresh each time it is asked; an operation without one fails.
 */
public final class IdempotentCreates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "Idempotency-Key";

    private IdempotentCreates() {}

    /**
     * One request: where it goes, its body (null for none) and that body's type, who sends it, and a request that
     * differs from it, which the same key must not be used for.
     *
     * @param otherBody the body with one value changed
     * @param otherPath where the differing request goes: another path value, where the request has no body
     * @param method POST, or PUT for an upsert that may create
     */
    public record Call(
            String path,
            String contentType,
            String body,
            String otherBody,
            String bearer,
            String otherPath,
            String method) {
        /** A POST whose body differs in the other request. */
        public Call(String path, String contentType, String body, String otherBody, String bearer) {
            this(path, contentType, body, otherBody, bearer, path, "POST");
        }

        /** A POST without a body, whose other request goes to another path. */
        public Call(String path, String contentType, String body, String otherBody, String bearer, String otherPath) {
            this(path, contentType, body, otherBody, bearer, otherPath, "POST");
        }
    }

    /** Fails naming each operation whose retries are not safe, or that the test gave no request for. */
    public static void assertEveryCreateReplays(Path document, DataSource database, Map<String, Supplier<Call>> calls) {
        List<String> documented = idempotentOperations(document);
        assertThat(documented)
                .as("operations of %s that take an Idempotency-Key", document)
                .isNotEmpty();
        assertThat(calls.keySet())
                .as("a request for every create and import of %s", document)
                .containsExactlyInAnyOrderElementsOf(documented);
        for (String operation : documented) {
            replaysOnce(operation, calls.get(operation), database);
        }
    }

    private static void replaysOnce(String operation, Supplier<Call> calls, DataSource database) {
        Call call = calls.get();
        String key = UUID.randomUUID().toString();
        Map<String, Long> beforeFirst = rowCounts(database);
        Response first = send(call.path(), call, call.body(), key);
        assertThat(first.statusCode())
                .as("%s answers its first request", operation)
                .isBetween(200, 299);
        Map<String, Long> written = difference(beforeFirst, rowCounts(database));
        assertThat(written).as("%s writes something the first time", operation).isNotEmpty();

        Map<String, Long> beforeReplay = rowCounts(database);
        Response replay = send(call.path(), call, call.body(), key);
        assertThat(replay.statusCode()).as("%s replays the status", operation).isEqualTo(first.statusCode());
        assertThat(tree(replay.asString())).as("%s replays the body", operation).isEqualTo(tree(first.asString()));
        assertThat(replay.header("Location"))
                .as("%s replays Location", operation)
                .isEqualTo(first.header("Location"));
        assertThat(replay.header("ETag")).as("%s replays the ETag", operation).isEqualTo(first.header("ETag"));
        assertThat(difference(beforeReplay, rowCounts(database)))
                .as("%s writes nothing on a replay", operation)
                .isEmpty();

        Response other = send(call.otherPath(), call, call.otherBody(), key);
        assertThat(other.statusCode())
                .as("%s refuses the key with another body", operation)
                .isEqualTo(422);

        Call raced = calls.get();
        String racedKey = UUID.randomUUID().toString();
        Map<String, Long> beforeRace = rowCounts(database);
        List<Response> answers = race(raced, racedKey);
        assertThat(answers)
                .as("%s answers both racing requests", operation)
                .allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(first.statusCode()));
        assertThat(tree(answers.get(0).asString()))
                .as("%s gives both racing requests one answer", operation)
                .isEqualTo(tree(answers.get(1).asString()));
        assertThat(difference(beforeRace, rowCounts(database)))
                .as("%s writes once for two racing requests with one key", operation)
                .isEqualTo(written);
    }

    private static List<Response> race(Call call, String key) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> racing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racing.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return send(call.path(), call, call.body(), key);
            }));
        }
        start.countDown();
        return racing.stream().map(CompletableFuture::join).toList();
    }

    private static Response send(String path, Call call, String body, String key) {
        RequestSpecification request =
                given().header("Authorization", call.bearer()).header(KEY, key).contentType(call.contentType());
        return (body == null ? request : request.body(body.getBytes(StandardCharsets.UTF_8)))
                .request(call.method(), path);
    }

    /** The operationIds of the document's operations that take an Idempotency-Key header. */
    private static List<String> idempotentOperations(Path document) {
        JsonNode spec;
        try {
            spec = JSON.readTree(Files.readString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> operations = new ArrayList<>();
        spec.path("paths")
                .forEach(item -> item.forEach(operation -> {
                    for (JsonNode parameter : operation.path("parameters")) {
                        if ("header".equals(parameter.path("in").asText())
                                && KEY.equalsIgnoreCase(parameter.path("name").asText())) {
                            operations.add(operation.path("operationId").asText());
                        }
                    }
                }));
        return operations;
    }

    /** Rows per table of the service's schema: what a replay must not change. */
    private static Map<String, Long> rowCounts(DataSource database) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                    + " and tablename not like 'flyway%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : new TreeSet<>(tables)) {
                try (ResultSet rows = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the service's rows", e);
        }
        return counts;
    }

    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> difference = new TreeMap<>();
        after.forEach((table, count) -> {
            long added = count - before.getOrDefault(table, 0L);
            if (added != 0) {
                difference.put(table, added);
            }
        });
        return difference;
    }

    private static JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not a JSON answer: " + body, e);
        }
    }
}
