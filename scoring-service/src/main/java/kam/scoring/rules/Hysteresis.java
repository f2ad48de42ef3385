package kam.scoring.rules;

import java.util.List;

/**
 * How an automatically agreed list follows the scores without flickering: an account enters a tier only once its score
 * clears the tier's bound plus a margin, and leaves only once it falls below its tier's bound minus the margin, or
 * after it has been proposed elsewhere for a number of days (the cap can keep a high score out of the proposal).
 *
 * @param margin score points either side of a bound, 0..50
 * @param daysOut days after which an account proposed lower leaves whatever its score; null: never by time
 */
public record Hysteresis(double margin, Integer daysOut) {

    /**
     * The tier the list holds the account in, given what it holds now and what the score proposes.
     *
     * @param agreed the account's tier in the list, null when it is not in it
     * @param proposed the tier its score proposes (rank, cap, overrides), null when none
     * @param daysProposedLower how long the proposal has been below the agreed tier
     * @param placeFree whether the list is under the scheme's cap, so that an account can enter
     * @return the tier to hold, null for none; {@code agreed} when nothing moves
     */
    public String hold(
            TierScheme scheme,
            String agreed,
            String proposed,
            Double score,
            long daysProposedLower,
            boolean placeFree) {
        List<TierScheme.Tier> tiers = scheme.tiers();
        int held = scheme.position(agreed);
        int wanted = scheme.position(proposed);
        if (agreed != null && held == tiers.size()) {
            // A tier the scheme no longer has: the model changed its tiers, so the list takes the proposal.
            return proposed;
        }
        if (wanted < held) {
            if (agreed == null && !placeFree) {
                return null;
            }
            // The best tier, no better than proposed, whose bound plus the margin the score clears.
            for (int i = wanted; i < held; i++) {
                if (score != null && score >= tiers.get(i).lowerBound() + margin) {
                    return tiers.get(i).name();
                }
            }
            return agreed;
        }
        if (wanted > held) {
            boolean longOut = daysOut != null && daysProposedLower >= daysOut;
            boolean farBelow = score == null || score < tiers.get(held).lowerBound() - margin;
            return longOut || farBelow ? proposed : agreed;
        }
        return agreed;
    }

    public Hysteresis {
        if (margin < 0 || margin > 50) {
            throw new RuleViolation("margin", "must lie within 0..50");
        }
        if (daysOut != null && daysOut < 1) {
            throw new RuleViolation("daysOut", "must be at least 1, or absent");
        }
    }
}
