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

    /** The backends by name, each with its base URL and the path prefixes it owns. */
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

    RateLimit rateLimit();

    interface Backend {
        URI url();

        List<String> prefixes();
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
