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
                return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
            } catch (IOException e) {
                throw new IllegalStateException(what, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(what, e);
            }
        }
    }
}
