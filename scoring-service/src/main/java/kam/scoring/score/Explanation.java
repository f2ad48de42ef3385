package kam.scoring.score;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.UUID;
import kam.scoring.rules.RatingRules;
import kam.scoring.rules.Score;

/**
 * Why an account scores what it does: the model version and each axis's weighted score with its contributions, and
 * for each rated criterion its raters, their consensus and spread. Explanations stored before ratings were kept per
 * rater have no ratings.
 */
public record Explanation(
        UUID modelId, Score overall, Score attractiveness, Score strength, List<RatingRules.Agreement> ratings) {

    public Explanation {
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
    }

    /** Whether raters disagree on some criterion by the model's calibration levels or more. */
    @JsonIgnore
    public boolean flaggedForCalibration() {
        return ratings.stream().anyMatch(RatingRules.Agreement::flagged);
    }
}
