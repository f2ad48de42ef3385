package kam.platform.events.scoring;

import java.util.List;
import java.util.UUID;

/**
 * An account's score changed, with its explanation and the model version. Scores are 0..100; a null score means no
 * criterion had a value. {@code tier} is the account's tier in the agreed key-account list; {@code proposedTier} the
 * one its score proposes, which the list follows only once people agree it (or automatically, with hysteresis).
 * {@code groupAccountId} names the customer group a unit counts in: the group is the key account, and the unit
 * holds no place of its own in the list (its tier is null, it shares the group's).
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
        List<CriterionContribution> contributions,
        String proposedTier,
        UUID groupAccountId) {

    /** How one criterion made up the overall score. */
    public record CriterionContribution(
            String key, Double rawValue, Double normalised, double weight, double share, double contribution) {}
}
