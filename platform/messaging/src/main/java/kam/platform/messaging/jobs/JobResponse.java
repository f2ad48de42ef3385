package kam.platform.messaging.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import kam.platform.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A job on the wire: follow it until its status is SUCCEEDED (read the result) or FAILED (read the problem). No
 * class-level {@code @Schema}: one would put the schema in the document of every service with platform/messaging,
 * jobs or not.
 */
public record JobResponse(
        UUID id,

        @Schema(description = "What the work is, for example scoring-model-publication or account-import.")
        String kind,

        JobStatus status,

        @Schema(description = "What the work is about (a model's id), when it is about one thing.", nullable = true)
        String subject,

        String startedBy,
        Instant queuedAt,

        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,

        @Schema(description = "Items done so far: accounts scored, rows imported.")
        long done,

        @Schema(description = "Items in all, once the work knows it.", nullable = true)
        Long total,

        @Schema(description = "When it should end at the pace kept so far, while it runs.", nullable = true)
        Instant estimatedEnd,

        // AnyValue takes null already: a nullable reference to it would trip clients' generators.
        @Schema(description = "What the work answers once it succeeded, the same body as without a job; null before.")
        JsonNode result,

        @Schema(
                description = "Why it failed: the problem the request would have answered without a job.",
                nullable = true)
        Problem problem) {}
