package kam.examples.finance;

import java.time.Instant;
import java.util.UUID;

/** The two events finance follows, as this consumer reads them; fields it does not need are left out. */
public final class FinanceEvents {
    private FinanceEvents() {}

    /**
     * kam.scoring.tier-changed.v2: the agreed key-account list moved an account between tiers; a null tier means not a
     * key account. Sent when people agree the list (or it follows the scores by policy), never at each score.
     */
    public record TierChanged(
            String eventId,
            Instant at,
            UUID accountId,
            String accountName,
            String previousTier,
            String tier,
            String reason,
            int listVersion) {}

    /** kam.scoring.concentration-alert.v1: a customer group came to hold the threshold share of revenue or more. */
    public record ConcentrationAlert(
            String eventId, Instant at, UUID groupId, String groupName, double share, double threshold) {}

    /** What finance does with them: for example, review credit limits and payment terms, or tell the controller. */
    public interface Handler {
        void tierChanged(TierChanged event);

        void concentrationAlert(ConcentrationAlert event);
    }
}
