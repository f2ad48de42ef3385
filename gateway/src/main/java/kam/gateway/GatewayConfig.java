package kam.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The gateway's settings: where each prefix goes, how long a backend may take, how much a client may ask. */
@ConfigMapping(prefix = "kam.gateway")
public interface GatewayConfig {

    /** The backends by name, each with its replicas' addresses and the path prefixes it owns. */
    Map<String, Backend> routes();

    /** How long a backend may stay silent before the client gets 504. */
    @WithDefault("10s")
    Duration timeout();

    /** How long connecting to a backend may take before the client gets 503. */
    @WithDefault("1s")
    Duration connectTimeout();

    /** Connections kept per backend. */
    @WithDefault("200")
    int poolSize();

    Circuit circuit();

    /** How often each replica's readiness is asked, for the backends' health group and metrics. */
    @WithDefault("5s")
    Duration watchEvery();

    RateLimit rateLimit();

    interface Backend {
        /**
         * Where the API is served: one address per replica, or in a cluster the one address of its Service (which
         * balances between pods by itself).
         */
        List<URI> urls();

        /** Where each replica serves health and its API document (its management port), in the order of urls. */
        List<URI> managementUrls();

        List<String> prefixes();
    }

    /** A circuit per replica: a replica that keeps failing is not asked again until a probe finds it back. */
    interface Circuit {
        /** Failures (no connection, no answer in time) within the window that open a replica's circuit. */
        @WithDefault("5")
        int failures();

        @WithDefault("10s")
        Duration window();

        /** How long an open circuit answers 503 at once before one request may probe the replica again. */
        @WithDefault("5s")
        Duration openFor();
    }

    /** A token bucket per client (the token's azp or client_id claim, else its subject). */
    interface RateLimit {
        @WithDefault("50")
        double requestsPerSecond();

        @WithDefault("100")
        int burst();

        /**
         * Rates for named clients instead of the default, requests per second: internal systems that import in
         * batches, for example the demo loader.
         */
        Map<String, Double> clients();
    }
}
