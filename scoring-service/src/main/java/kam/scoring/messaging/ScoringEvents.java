package kam.scoring.messaging;

import java.util.Map;
import java.util.UUID;
import kam.platform.events.account.ExternalRef;
import kam.platform.events.scoring.ScoreChanged;
import kam.platform.events.scoring.TierChanged;
import kam.platform.events.scoring.TierChangedV2;
import kam.scoring.score.AccountScore;
import kam.scoring.selection.KeyAccountList;

/** The events the scoring service publishes, shaped as the event contract says. */
public final class ScoringEvents {
    private ScoringEvents() {}

    /** The score with the account's tier in the agreed list, and the tier its score proposes beside it. */
    public static ScoreChanged scoreChanged(AccountScore score, String agreedTier) {
        return new ScoreChanged(
                score.accountId(),
                score.modelId(),
                score.state().score(),
                score.state().attractiveness(),
                score.state().strength(),
                score.state().completeness(),
                agreedTier,
                score.state().quadrant(),
                score.explanation().overall().contributions().stream()
                        .map(c -> new ScoreChanged.CriterionContribution(
                                c.key(), c.rawValue(), c.normalised(), c.weight(), c.share(), c.contribution()))
                        .toList(),
                score.state().tier(),
                score.groupId());
    }

    /** The agreed tier's change as v1 readers know it. */
    public static TierChanged tierChanged(UUID accountId, String previousTier, String tier, KeyAccountList list) {
        return new TierChanged(accountId, previousTier, tier, list.reason().v1(), list.modelId());
    }

    public static TierChangedV2 tierChangedV2(
            UUID accountId,
            String name,
            Map<String, String> externalRefs,
            String previousTier,
            String tier,
            KeyAccountList list) {
        return new TierChangedV2(
                accountId,
                name,
                previousTier,
                tier,
                list.reason().name(),
                list.version(),
                list.modelId(),
                ExternalRef.listOf(externalRefs));
    }
}
