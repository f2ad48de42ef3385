package kam.examples.finance;

import java.time.Instant;
import java.util.UUID;

/** The two events finance follows, as this consumer reads them; fields it does not need are left out. */
public final class FinanceEvents {
    private FinanceEvents() {}

    /** kam.scoring.tier-changed.v1: an account moved between tiers; a null tier means not a key account. */
    public record TierChanged(
            String eventId, Instant at, UUID accountId, String previousTier, String tier, String reason) {}

    /** kam.scoring.concentration-alert.v1: a customer group came to hold the threshold share of revenue or more. */
    public record ConcentrationAlert(
            String eventId, Instant at, UUID groupId, String groupName, double share, double threshold) {}

    /** What finance does with them: for example, review credit limits and payment terms, or tell the controller. */
    public interface Handler {
        void tierChanged(TierChanged event);

        void concentrationAlert(ConcentrationAlert event);
    }
}
