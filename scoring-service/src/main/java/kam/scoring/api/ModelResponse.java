package kam.scoring.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kam.scoring.model.ModelStatus;
import kam.scoring.model.ScoringModel;
import kam.scoring.rules.Criterion;
import kam.scoring.rules.RatingRules;
import kam.scoring.rules.TierScheme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringModel")
public record ModelResponse(
        UUID id,
        String name,
        ModelStatus status,
        List<Criterion> criteria,
        TierScheme tierScheme,
        double matrixMidpoint,
        RatingRules ratingRules,
        Instant createdAt,
        @Schema(nullable = true) Instant publishedAt,
        long version) {

    static ModelResponse from(ScoringModel m) {
        return new ModelResponse(
                m.id(),
                m.name(),
                m.status(),
                m.criteria(),
                m.tierScheme(),
                m.matrixMidpoint(),
                m.ratingRules(),
                m.createdAt(),
                m.publishedAt(),
                m.version());
    }
}
