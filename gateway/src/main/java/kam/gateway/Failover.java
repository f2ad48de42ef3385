package kam.gateway;

import io.micrometer.core.instrument.Counter;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sends a proxied request to one replica of its backend through the replica's circuit, and to the next when that
 * one is refused without being asked (its circuit open, no connection) or, for a request {@link Retries} deems safe
 * to repeat, when it failed or stayed silent. When no replica answers, the client gets a problem: 503 with
 * Retry-After at once when every circuit is open or nothing could be reached, 504 when the backend stayed silent.
 * Locations the replica gives are rewritten to the gateway's address.
 */
final class Failover implements ProxyInterceptor {
    private static final Logger LOG = Logger.getLogger(Failover.class);
    /** A repeatable body is kept in memory for a second attempt up to this size; a bigger one is sent once. */
    private static final long REPEATABLE_BODY_LIMIT = 1 << 20;

    private static final String ANSWERED_BY = "kam.replica";

    private final Backend backend;
    private final HttpClient client;
    private final Duration timeout;
    private final Counter refused;
    private final Counter retried;

    Failover(Backend backend, HttpClient client, Duration timeout, Counter refused, Counter retried) {
        this.backend = backend;
        this.client = client;
        this.timeout = timeout;
        this.refused = refused;
        this.retried = retried;
    }

    /** A replica that could not be asked at all: nothing of the request left the gateway. */
    private static final class Unreached extends RuntimeException {
        Unreached(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        List<Replica> turn = backend.inTurn();
        ProxyRequest request = context.request();
        boolean repeatable = turn.size() > 1
                && Retries.repeatable(request.getMethod(), request.headers())
                && fitsInMemory(request.proxiedRequest());
        Future<Void> body = repeatable ? keepBody(request) : Future.succeededFuture();
        return body.compose(kept -> attempt(context, turn, 0, repeatable, null));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        Replica replica = context.get(ANSWERED_BY, Replica.class);
        String location = response.headers().get("Location");
        if (replica != null && location != null && location.startsWith(replica.originBase())) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            String gateway = incoming.scheme() + "://" + incoming.authority();
            response.putHeader(
                    "Location",
                    gateway + location.substring(replica.originBase().length()));
        }
        // X-Request-Id is on the client's response already, from the moment the request came in.
        return context.sendResponse();
    }

    private Future<ProxyResponse> attempt(
            ProxyContext context, List<Replica> turn, int index, boolean repeatable, Throwable last) {
        if (index == turn.size()) {
            return Future.succeededFuture(unavailable(context, last));
        }
        if (index > 0) {
            retried.increment();
        }
        Replica replica = turn.get(index);
        return replica.circuit()
                .<ProxyResponse>execute(promise -> client.request(
                                new RequestOptions().setServer(replica.origin()).setIdleTimeout(timeout.toMillis()))
                        .recover(failure -> Future.failedFuture(new Unreached(failure)))
                        .compose(outgoing -> context.request().send(outgoing))
                        .onComplete(promise))
                .map(response -> {
                    context.set(ANSWERED_BY, replica);
                    return response;
                })
                .recover(failure -> {
                    boolean unsent = failure instanceof OpenCircuitException || failure instanceof Unreached;
                    if (unsent || repeatable) {
                        return attempt(context, turn, index + 1, repeatable, failure);
                    }
                    return Future.succeededFuture(unavailable(context, failure));
                });
    }

    private static boolean fitsInMemory(HttpServerRequest incoming) {
        String length = incoming.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return !incoming.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        }
        try {
            return Long.parseLong(length) <= REPEATABLE_BODY_LIMIT;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Reads the whole body once, so that each attempt sends it from memory. */
    private static Future<Void> keepBody(ProxyRequest request) {
        HttpServerRequest incoming = request.proxiedRequest();
        if (incoming.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
            request.setBody(null);
            return Future.succeededFuture();
        }
        Future<Void> kept = incoming.body().map(buffer -> {
            request.setBody(Body.body(buffer));
            return null;
        });
        incoming.resume();
        return kept;
    }

    /** 503 when every circuit was open or nothing could be reached, 504 when the backend stayed silent. */
    private ProxyResponse unavailable(ProxyContext context, Throwable failure) {
        Throwable cause = failure instanceof Unreached ? failure.getCause() : failure;
        boolean open = cause instanceof OpenCircuitException;
        boolean timedOut = !open
                && !(failure instanceof Unreached)
                && (cause instanceof TimeoutException
                        || cause.getClass().getSimpleName().contains("Timeout"));
        int status = timedOut ? 504 : 503;
        String path = context.request().proxiedRequest().path();
        String requestId = context.request().headers().get(TraceHeaders.REQUEST_ID);
        String detail;
        if (open) {
            refused.increment();
            detail = "the service behind " + path + " failed repeatedly and is given time to recover";
        } else if (timedOut) {
            LOG.warnf("504 %s: %s timed out (%s)", path, backend.name(), cause.toString());
            detail = "the service behind " + path + " did not answer within " + timeout.toSeconds() + " s";
        } else {
            LOG.warnf("503 %s: %s unreachable (%s)", path, backend.name(), cause.toString());
            detail = "the service behind " + path + " cannot be reached";
        }
        ProxyResponse response = context.request().response();
        response.setStatusCode(status);
        response.headers().clear();
        response.putHeader("Content-Type", Problems.MEDIA_TYPE);
        if (!timedOut) {
            response.putHeader("Retry-After", Long.toString(open ? retryAfterSeconds() : 5));
        }
        response.setBody(Body.body(
                Problems.body(status, timedOut ? "Gateway Timeout" : "Service Unavailable", detail, path, requestId)));
        return response;
    }

    /** The soonest any open circuit of the backend lets a probe through. */
    private long retryAfterSeconds() {
        return backend.replicas().stream()
                .filter(replica -> replica.state() != CircuitBreakerState.CLOSED)
                .mapToLong(Replica::retryAfterSeconds)
                .min()
                .orElse(1);
    }
}
