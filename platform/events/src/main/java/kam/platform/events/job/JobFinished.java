package kam.platform.events.job;

import java.time.Instant;
import java.util.UUID;

/**
 * A job (long work a request started: a model's publication, a large import) ended, well or not. Published on the
 * topic of the service that ran it; {@code location} is the job's resource, which holds its result. Keyed by the job
 * id.
 *
 * @param kind what the work was, for example {@code scoring-model-publication}
 * @param status {@code SUCCEEDED} or {@code FAILED}
 * @param subject what the work was about (a model's id), or null
 * @param startedBy the user who started it
 * @param failure why it failed; null when it succeeded
 */
public record JobFinished(
        UUID jobId,
        String kind,
        String status,
        String subject,
        String startedBy,
        Instant queuedAt,
        Instant finishedAt,
        long done,
        Long total,
        String location,
        Failure failure) {

    /** The problem a failed job answers with: its HTTP status, title and detail. */
    public record Failure(int status, String title, String detail) {}
}
