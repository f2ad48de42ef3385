package kam.platform.events.scoring;

import java.util.List;
import java.util.UUID;

/**
 * An account's score changed, with its explanation and the model version. Scores are 0..100; a null score means no
 * criterion had a value.
 */
public record ScoreChanged(
        UUID accountId,
        UUID modelId,
        Double score,
        Double attractiveness,
        Double strength,
        double completeness,
        String tier,
        String quadrant,
        List<CriterionContribution> contributions) {

    /** How one criterion made up the overall score. */
    public record CriterionContribution(
            String key, Double rawValue, Double normalised, double weight, double share, double contribution) {}
}
