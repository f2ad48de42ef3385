package kam.gateway;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The backends as the gateway sees them: their replicas with a circuit each, the one HTTP client the gateway talks to
 * them with, and a watch that reads each replica's readiness every few seconds. Each replica's circuit state and
 * readiness, and each backend's being up, are metrics ({@code kam_gateway_circuit_state}, {@code
 * kam_gateway_replica_ready}, {@code kam_gateway_backend_up}) and the health group {@code backends}.
 */
@ApplicationScoped
public class Backends {
    private static final long WATCH_LIMIT_MILLIS = 1000;

    private final Map<String, Backend> byName = new LinkedHashMap<>();
    private final HttpClient client;
    private final Vertx vertx;
    private final long watchTimer;

    public Backends(GatewayConfig config, Vertx vertx, MeterRegistry registry) {
        this.vertx = vertx;
        this.client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(config.poolSize()));
        CircuitBreakerOptions circuit = new CircuitBreakerOptions()
                .setMaxFailures(config.circuit().failures())
                .setFailuresRollingWindow(config.circuit().window().toMillis())
                .setResetTimeout(config.circuit().openFor().toMillis())
                // The request's own idle timeout decides when a backend took too long; no events on the bus.
                .setTimeout(-1)
                .setNotificationAddress(null);
        config.routes().forEach((name, settings) -> {
            List<URI> urls = settings.urls();
            List<URI> management = settings.managementUrls();
            if (urls.size() != management.size()) {
                throw new IllegalArgumentException("kam.gateway.routes." + name + ": " + urls.size() + " urls but "
                        + management.size() + " management-urls; give one of each per replica");
            }
            List<Replica> replicas = new ArrayList<>();
            for (int i = 0; i < urls.size(); i++) {
                CircuitBreaker breaker = CircuitBreaker.create(name + " " + urls.get(i), vertx, circuit);
                replicas.add(new Replica(
                        name,
                        urls.get(i),
                        management.get(i),
                        breaker,
                        config.circuit().openFor()));
            }
            Backend backend = new Backend(name, replicas);
            byName.put(name, backend);
            register(registry, backend);
        });
        this.watchTimer = vertx.setPeriodic(0, config.watchEvery().toMillis(), tick -> watch());
    }

    public Collection<Backend> all() {
        return byName.values();
    }

    HttpClient client() {
        return client;
    }

    void close(@Observes ShutdownEvent event) {
        vertx.cancelTimer(watchTimer);
        client.close();
    }

    private void watch() {
        for (Backend backend : byName.values()) {
            for (Replica replica : backend.replicas()) {
                URI ready = replica.managementUrl().resolve("/q/health/ready");
                client.request(new RequestOptions()
                                .setMethod(HttpMethod.GET)
                                .setAbsoluteURI(ready.toString())
                                .setIdleTimeout(WATCH_LIMIT_MILLIS))
                        .compose(request -> request.send()
                                .compose(response -> response.body().map(body -> response.statusCode())))
                        .onSuccess(status -> replica.readiness(status == 200 ? "UP" : "DOWN (" + status + ")"))
                        .onFailure(failure ->
                                replica.readiness("DOWN (" + failure.getClass().getSimpleName() + ")"));
            }
        }
    }

    private static void register(MeterRegistry registry, Backend backend) {
        Gauge.builder("kam.gateway.backend.up", backend, b -> b.up() ? 1 : 0)
                .description("1 while at least one replica of the backend takes requests")
                .tag("backend", backend.name())
                .register(registry);
        for (Replica replica : backend.replicas()) {
            String address = replica.url().toString();
            for (CircuitBreakerState state : CircuitBreakerState.values()) {
                Gauge.builder("kam.gateway.circuit.state", replica, r -> r.state() == state ? 1 : 0)
                        .description("1 for the state the replica's circuit is in")
                        .tags(
                                "backend",
                                backend.name(),
                                "replica",
                                address,
                                "state",
                                state.name().toLowerCase(Locale.ROOT))
                        .register(registry);
            }
            Gauge.builder("kam.gateway.replica.ready", replica, r -> "UP".equals(r.readiness()) ? 1 : 0)
                    .description("1 when the replica's own readiness answered UP at the last watch")
                    .tags("backend", backend.name(), "replica", address)
                    .register(registry);
        }
    }
}
