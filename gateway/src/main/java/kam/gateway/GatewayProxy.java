package kam.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;

/**
 * The front door: every {@code /api/} request is checked (a valid bearer token, the client's rate), given a request id
 * and trace context, and proxied to the backend owning its prefix, where {@link Failover} picks the replica. All of it
 * runs on the event loop, without holding a thread.
 */
@ApplicationScoped
public class GatewayProxy {
    private final GatewayConfig config;
    private final Tokens tokens;
    private final Routes routes;
    private final RateLimiter limiter;
    private final Map<String, HttpProxy> proxies = new HashMap<>();

    public GatewayProxy(GatewayConfig config, Tokens tokens, Backends backends, MeterRegistry registry) {
        this.config = config;
        this.tokens = tokens;
        this.routes = new Routes(config.routes());
        this.limiter = new RateLimiter(
                config.rateLimit().requestsPerSecond(),
                config.rateLimit().clients(),
                config.rateLimit().burst(),
                System::nanoTime);
        for (Backend backend : backends.all()) {
            Failover failover = new Failover(
                    backend,
                    backends.client(),
                    config.timeout(),
                    Counter.builder("kam.gateway.circuit.refused")
                            .description("requests answered 503 at once: every replica's circuit was open")
                            .tag("backend", backend.name())
                            .register(registry),
                    Counter.builder("kam.gateway.retries")
                            .description("attempts of a request on another replica after the first failed")
                            .tag("backend", backend.name())
                            .register(registry));
            proxies.put(
                    backend.name(), HttpProxy.reverseProxy(backends.client()).addInterceptor(failover));
        }
    }

    void route(@Observes Router router) {
        router.route("/api/*").handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        String requestId = TraceHeaders.requestId(request.getHeader(TraceHeaders.REQUEST_ID));
        response.putHeader(TraceHeaders.REQUEST_ID, requestId);
        Routes.Route route = routes.find(request.path()).orElse(null);
        if (route == null) {
            problem(response, 404, "Not Found", "no service serves " + request.path(), request.path(), requestId);
            return;
        }
        // Nothing of the body is read until the backend is chosen and the caller is known.
        request.pause();
        tokens.verify(request.getHeader("Authorization")).onComplete(verified -> {
            if (verified.failed()) {
                request.resume();
                response.putHeader("WWW-Authenticate", "Bearer");
                problem(response, 401, "Unauthorized", verified.cause().getMessage(), request.path(), requestId);
                return;
            }
            RateLimiter.Decision decision = limiter.take(verified.result().client());
            if (!decision.allowed()) {
                request.resume();
                response.putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
                problem(
                        response,
                        429,
                        "Too Many Requests",
                        "client " + verified.result().client() + " is over "
                                + config.rateLimit().requestsPerSecond() + " requests per second; retry after "
                                + decision.retryAfterSeconds() + " s",
                        request.path(),
                        requestId);
                return;
            }
            MultiMap headers = request.headers();
            headers.set(TraceHeaders.REQUEST_ID, requestId);
            headers.set(TraceHeaders.TRACEPARENT, TraceHeaders.traceparent(headers.get(TraceHeaders.TRACEPARENT)));
            headers.set(
                    "X-Forwarded-Host",
                    request.authority() == null ? "" : request.authority().toString());
            headers.set("X-Forwarded-Proto", request.scheme());
            if (request.remoteAddress() != null) {
                headers.set("X-Forwarded-For", request.remoteAddress().hostAddress());
            }
            proxies.get(route.backend()).handle(request);
        });
    }

    private static void problem(
            HttpServerResponse response, int status, String title, String detail, String path, String requestId) {
        response.setStatusCode(status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .end(Problems.body(status, title, detail, path, requestId));
    }
}
