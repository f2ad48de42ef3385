package kam.platform.messaging.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A job as stored: what it is, who started it, how far it got and how it ended.
 *
 * @param result the work's result as JSON text, once it succeeded
 * @param problem the problem+json it failed with, as text
 */
public record Job(
        UUID id,
        String kind,
        String subject,
        JobStatus status,
        String startedBy,
        Instant queuedAt,
        Instant startedAt,
        Instant finishedAt,
        Instant heartbeatAt,
        long done,
        Long total,
        String result,
        String problem) {

    /**
     * When the job should end at the pace it has kept so far; null before there is a pace to go by or once it ended.
     */
    public Instant estimatedEnd(Instant now) {
        if (status != JobStatus.RUNNING || startedAt == null || total == null || done <= 0) {
            return null;
        }
        Duration elapsed = Duration.between(startedAt, now);
        long remaining = Math.max(0, total - done);
        return now.plusMillis(elapsed.toMillis() * remaining / done);
    }
}
