package kam.platform.messaging.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How a service runs its jobs. */
@ConfigMapping(prefix = "kam.jobs")
public interface JobSettings {
    /** The path of the service's job resources, for example {@code /api/v1/scoring-jobs}; only services with jobs. */
    Optional<String> path();

    /** How many jobs run at once in one process; more wait, queued. */
    @WithDefault("2")
    int workers();

    /** How often a process says it is still running its jobs. */
    @WithDefault("PT10S")
    Duration heartbeat();

    /** A running job whose heartbeat is older than this lost its process: it is failed. */
    @WithDefault("PT1M")
    Duration staleAfter();

    /** How long an ended job stays readable before it is deleted. */
    @WithDefault("P30D")
    Duration retention();
}
