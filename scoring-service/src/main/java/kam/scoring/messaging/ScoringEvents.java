package kam.scoring.messaging;

import kam.platform.events.scoring.ScoreChanged;
import kam.platform.events.scoring.TierChanged;
import kam.scoring.score.AccountScore;

/** The events the scoring service publishes, shaped as the event contract says. */
public final class ScoringEvents {
    private ScoringEvents() {}

    public static ScoreChanged scoreChanged(AccountScore score) {
        return new ScoreChanged(
                score.accountId(),
                score.modelId(),
                score.state().score(),
                score.state().attractiveness(),
                score.state().strength(),
                score.state().completeness(),
                score.state().tier(),
                score.state().quadrant(),
                score.explanation().overall().contributions().stream()
                        .map(c -> new ScoreChanged.CriterionContribution(
                                c.key(), c.rawValue(), c.normalised(), c.weight(), c.share(), c.contribution()))
                        .toList());
    }

    public static TierChanged tierChanged(AccountScore score, String previousTier, String reason) {
        return new TierChanged(score.accountId(), previousTier, score.state().tier(), reason, score.modelId());
    }
}
