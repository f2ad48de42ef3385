package kam.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay runs. */
@ConfigMapping(prefix = "kam.outbox")
public interface OutboxSettings {
    /** The service's topic, for example {@code kam.accounts}. */
    String topic();

    /** The CloudEvents source, for example {@code /kam/account-service}. */
    String source();

    @WithDefault("true")
    boolean enabled();

    @WithDefault("500")
    int batchSize();

    /** How long the relay sleeps without a NOTIFY before it looks anyway. */
    @WithDefault("PT5S")
    Duration pollInterval();

    /**
     * How often a replica that does not hold the relay tries to take it: a killed holder's events wait at most this
     * long (and PostgreSQL's noticing the dead connection) for the other replica.
     */
    @WithDefault("PT1S")
    Duration takeoverInterval();

    /**
     * How long the relay waits for Kafka to acknowledge a row before it sends it again: longer than the producer's own
     * delivery timeout (both in the platform's shared defaults), so that a row is never in flight twice.
     */
    Duration ackTimeout();

    @WithDefault("PT1S")
    Duration retryDelay();

    /** How long sent rows are kept, for inspection and replays, before they are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
