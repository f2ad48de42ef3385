package kam.gateway;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.core.net.SocketAddress;
import java.net.URI;
import java.time.Duration;

/**
 * One address a backend answers at, with its circuit: after repeated failures it opens and the replica is not asked
 * until its half-open probe (one request let through) answers. The readiness is what the gateway's watch last read
 * on the replica's management port; it informs people and the order of replicas, never the gateway's own readiness.
 */
public final class Replica {
    private final String backend;
    private final URI url;
    private final URI managementUrl;
    private final SocketAddress origin;
    private final String originBase;
    private final CircuitBreaker circuit;
    private final Duration openFor;
    private volatile long openedAtNanos;
    private volatile String readiness = "unknown";

    Replica(String backend, URI url, URI managementUrl, CircuitBreaker circuit, Duration openFor) {
        this.backend = backend;
        this.url = url;
        this.managementUrl = managementUrl;
        // In a cluster a backend is a Service name on the scheme's port: http://account-service.
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        this.origin = SocketAddress.inetSocketAddress(port, url.getHost());
        this.originBase = url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + port);
        this.circuit = circuit.openHandler(opened -> openedAtNanos = System.nanoTime());
        this.openFor = openFor;
    }

    public String backend() {
        return backend;
    }

    public URI url() {
        return url;
    }

    public URI managementUrl() {
        return managementUrl;
    }

    SocketAddress origin() {
        return origin;
    }

    /** The replica's own base address, as it writes it in a Location. */
    String originBase() {
        return originBase;
    }

    CircuitBreaker circuit() {
        return circuit;
    }

    public CircuitBreakerState state() {
        return circuit.state();
    }

    /** Whole seconds until the open circuit lets a probe through, at least 1. */
    public long retryAfterSeconds() {
        long left = openFor.toNanos() - (System.nanoTime() - openedAtNanos);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    public String readiness() {
        return readiness;
    }

    void readiness(String readiness) {
        this.readiness = readiness;
    }

    /** Taking requests: its circuit is closed and it said it was ready (or has not been asked yet). */
    public boolean usable() {
        return circuit.state() == CircuitBreakerState.CLOSED && !readiness.startsWith("DOWN");
    }
}
