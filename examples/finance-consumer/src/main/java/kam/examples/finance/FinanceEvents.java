package kam.examples.finance;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The events finance follows, as this consumer reads them; fields it does not need are left out. */
public final class FinanceEvents {
    private FinanceEvents() {}

    /**
     * kam.scoring.tier-changed.v2: the agreed key-account list moved an account between tiers; a null tier means not a
     * key account. Sent when people agree the list (or it follows the scores by policy), never at each score.
     * {@code externalRefs}: system to the id it knows the account by, so that finance finds its own customer (its ERP
     * customer number) without a lookup table; empty when the account has none.
     */
    public record TierChanged(
            String eventId,
            Instant at,
            UUID accountId,
            String accountName,
            String previousTier,
            String tier,
            String reason,
            int listVersion,
            Map<String, String> externalRefs) {}

    /**
     * kam.account.merged.v1 (on kam.accounts): an account merged into another, which goes on in its place; finance
     * moves what it keeps of the merged customer (credit limit, open items) to the survivor.
     */
    public record AccountsMerged(
            String eventId,
            Instant at,
            UUID mergedAccountId,
            String mergedName,
            UUID survivorAccountId,
            String survivorName,
            Map<String, String> movedExternalRefs) {}

    /** kam.scoring.concentration-alert.v1: a customer group came to hold the threshold share of revenue or more. */
    public record ConcentrationAlert(
            String eventId, Instant at, UUID groupId, String groupName, double share, double threshold) {}

    /** What finance does with them: for example, review credit limits and payment terms, or tell the controller. */
    public interface Handler {
        void tierChanged(TierChanged event);

        void concentrationAlert(ConcentrationAlert event);

        void accountsMerged(AccountsMerged event);
    }
}
