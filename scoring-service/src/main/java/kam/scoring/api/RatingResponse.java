package kam.scoring.api;

import java.time.Instant;
import java.util.UUID;
import kam.scoring.score.Rating;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rating")
public record RatingResponse(
        UUID id,
        String criterionKey,
        double value,
        String rater,
        @Schema(nullable = true) String comment,
        Instant ratedAt) {
    static RatingResponse from(Rating r) {
        return new RatingResponse(r.id(), r.criterionKey(), r.value(), r.rater(), r.comment(), r.ratedAt());
    }
}
