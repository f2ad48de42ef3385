package kam.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway is ready when every backend says it is ready: a gateway that would answer 503 for a whole part of the
 * API should not take traffic. Each backend is asked in parallel, with a one-second limit.
 */
@Readiness
@ApplicationScoped
public class BackendsReadiness implements HealthCheck {
    private static final Duration LIMIT = Duration.ofSeconds(1);

    private final GatewayConfig config;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(LIMIT).build();

    public BackendsReadiness(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> states = config.routes().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> state(e.getValue().url())));
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("backends").up();
        states.forEach((name, state) -> {
            String value = state.join();
            response.withData(name, value);
            if (!"UP".equals(value)) {
                response.down();
            }
        });
        return response.build();
    }

    private CompletableFuture<String> state(URI base) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                .timeout(LIMIT)
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> response.statusCode() == 200 ? "UP" : "DOWN (" + response.statusCode() + ")")
                .exceptionally(failure -> "DOWN (" + failure.getClass().getSimpleName() + ")");
    }
}
