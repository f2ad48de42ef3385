package kam.gateway;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The front door: every {@code /api/} request is checked (a valid bearer token, the client's rate), given a request id
 * and trace context, and proxied to the backend owning its prefix. A backend that cannot be reached answers 503 and
 * one that stays silent past the timeout 504, as problem+json, without holding a thread: all of it runs on the event
 * loop. Locations the backends give are rewritten to the gateway's address.
 */
@ApplicationScoped
public class GatewayProxy {
    private static final Logger LOG = Logger.getLogger(GatewayProxy.class);

    private final GatewayConfig config;
    private final Tokens tokens;
    private final Routes routes;
    private final RateLimiter limiter;
    private final HttpClient client;
    private final Map<String, HttpProxy> proxies = new HashMap<>();

    public GatewayProxy(GatewayConfig config, Tokens tokens, Vertx vertx) {
        this.config = config;
        this.tokens = tokens;
        this.routes = new Routes(config.routes());
        this.limiter = new RateLimiter(
                config.rateLimit().requestsPerSecond(),
                config.rateLimit().clients(),
                config.rateLimit().burst(),
                System::nanoTime);
        this.client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(config.poolSize()));
        for (Routes.Route route : routes.all()) {
            proxies.computeIfAbsent(route.backend(), name -> proxyTo(route.url()));
        }
    }

    void route(@Observes Router router) {
        router.route("/api/*").handler(this::handle);
    }

    void close(@Observes ShutdownEvent event) {
        client.close();
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

    private HttpProxy proxyTo(URI url) {
        // In a cluster a backend is a Service name on the scheme's port: http://account-service.
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        SocketAddress origin = SocketAddress.inetSocketAddress(port, url.getHost());
        String originBase = url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + port);
        HttpProxy proxy = HttpProxy.reverseProxy(client);
        proxy.originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions()
                .setServer(origin)
                .setIdleTimeout(config.timeout().toMillis())));
        proxy.addInterceptor(new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                return context.sendRequest().recover(failure -> Future.succeededFuture(unavailable(context, failure)));
            }

            @Override
            public Future<Void> handleProxyResponse(ProxyContext context) {
                ProxyResponse response = context.response();
                String location = response.headers().get("Location");
                if (location != null && location.startsWith(originBase)) {
                    HttpServerRequest incoming = context.request().proxiedRequest();
                    String gateway = incoming.scheme() + "://" + incoming.authority();
                    response.putHeader("Location", gateway + location.substring(originBase.length()));
                }
                // X-Request-Id is on the client's response already, from the moment the request came in.
                return context.sendResponse();
            }
        });
        return proxy;
    }

    /** 504 when the backend stayed silent past the timeout, 503 when it could not be reached at all. */
    private ProxyResponse unavailable(ProxyContext context, Throwable failure) {
        boolean timedOut = failure instanceof TimeoutException
                || failure.getClass().getSimpleName().contains("Timeout");
        int status = timedOut ? 504 : 503;
        String path = context.request().proxiedRequest().path();
        String requestId = context.request().headers().get(TraceHeaders.REQUEST_ID);
        LOG.warnf("%s %s: backend %s (%s)", status, path, timedOut ? "timed out" : "unreachable", failure.toString());
        String detail = timedOut
                ? "the service behind " + path + " did not answer within "
                        + config.timeout().toSeconds() + " s"
                : "the service behind " + path + " cannot be reached"
                        + (failure instanceof ConnectException ? "" : ": " + failure.getMessage());
        ProxyResponse response = context.request().response();
        response.setStatusCode(status);
        response.headers().clear();
        response.putHeader("Content-Type", Problems.MEDIA_TYPE);
        if (!timedOut) {
            response.putHeader("Retry-After", "5");
        }
        response.setBody(Body.body(
                Problems.body(status, timedOut ? "Gateway Timeout" : "Service Unavailable", detail, path, requestId)));
        return response;
    }

    private static void problem(
            HttpServerResponse response, int status, String title, String detail, String path, String requestId) {
        response.setStatusCode(status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .end(Problems.body(status, title, detail, path, requestId));
    }
}
