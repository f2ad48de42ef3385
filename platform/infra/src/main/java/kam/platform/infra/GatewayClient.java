package kam.platform.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The local run's client of the gateway (the demo loader's): JSON in and out with one bearer token, waiting and trying
 * again when told to (429, 503), failing on any other answer that is not a success.
 */
public final class GatewayClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String token;
    private final AtomicInteger requests = new AtomicInteger();

    public GatewayClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** How many requests were answered. */
    public int requests() {
        return requests.get();
    }

    /** A JSON request ({@code body} written as JSON; null for none). */
    public JsonNode call(String method, String path, Object body) {
        try {
            return send(method, path, "application/json", body == null ? null : JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An action without a body, guarded by If-Match. */
    public JsonNode callWithIfMatch(String method, String path, String etag) {
        return exchange(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("If-Match", etag)
                        .method(method, HttpRequest.BodyPublishers.noBody()),
                method + " " + path);
    }

    public JsonNode send(String method, String path, String type, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", type)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return exchange(request, method + " " + path);
    }

    /**
     * Starts long work as a job ({@code Prefer: respond-async}), follows it to its end printing how far it got, and
     * answers its result; a job that failed throws with its problem. {@code etag} guards the request when not null.
     */
    public JsonNode runJob(String method, String path, String type, String body, String etag, String what)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Prefer", "respond-async")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (etag != null) {
            request.header("If-Match", etag);
        }
        HttpResponse<String> accepted = answer(request, method + " " + path);
        String job = URI.create(accepted.headers()
                        .firstValue("Location")
                        .orElseThrow(() -> new IllegalStateException(method + " " + path + " answered "
                                + accepted.statusCode() + " without a job to follow")))
                .getPath();
        String said = "";
        while (true) {
            JsonNode state = call("GET", job, null);
            String status = state.path("status").asText();
            if (status.equals("SUCCEEDED")) {
                System.out.printf(
                        "  %s: done, %d in %s%n", what, state.path("done").asLong(), job);
                return state.path("result");
            }
            if (status.equals("FAILED")) {
                throw new IllegalStateException(what + " failed: " + state.path("problem"));
            }
            String progress = progress(state);
            if (!progress.equals(said)) {
                System.out.printf("  %s: %s%n", what, progress);
                said = progress;
            }
            Thread.sleep(500);
        }
    }

    private static String progress(JsonNode job) {
        if (job.path("total").isNull() || job.path("total").asLong() == 0) {
            return job.path("status").asText().toLowerCase(java.util.Locale.ROOT);
        }
        long done = job.path("done").asLong();
        long total = job.path("total").asLong();
        String end = job.path("estimatedEnd").isTextual()
                ? ", should end by " + job.path("estimatedEnd").asText()
                : "";
        return String.format(java.util.Locale.ROOT, "%d of %d (%d %%)%s", done, total, done * 100 / total, end);
    }

    /** Reads every second, up to two minutes, until {@code done}; says so when it is not, and answers the last. */
    public static <T> T waitFor(Supplier<T> read, Predicate<T> done, String what) throws InterruptedException {
        T value = read.get();
        for (int i = 0; i < 120 && !done.test(value); i++) {
            Thread.sleep(1000);
            value = read.get();
        }
        if (!done.test(value)) {
            System.out.println("(still waiting for " + what + "; it will come as the events are handled)");
        }
        return value;
    }

    private JsonNode exchange(HttpRequest.Builder request, String what) {
        HttpResponse<String> response = answer(request, what);
        try {
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(what, e);
        }
    }

    private HttpResponse<String> answer(HttpRequest.Builder request, String what) {
        request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60));
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                requests.incrementAndGet();
                int status = response.statusCode();
                if ((status == 429 || status == 503) && attempt < 10) {
                    long wait =
                            response.headers().firstValueAsLong("Retry-After").orElse(1);
                    Thread.sleep(wait * 1000);
                    continue;
                }
                if (status >= 300) {
                    throw new IllegalStateException(what + " answered " + status + ": " + response.body());
                }
                return response;
            } catch (IOException e) {
                throw new IllegalStateException(what, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(what, e);
            }
        }
    }
}
