package kam.review.review;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One move or the cancellation of a meeting: from when to when, why, by whom, and when it was decided. */
public record ReviewChange(
        String change,
        Instant from,
        @Schema(nullable = true) Instant to,
        @Schema(nullable = true) String reason,
        String by,
        Instant at) {}
