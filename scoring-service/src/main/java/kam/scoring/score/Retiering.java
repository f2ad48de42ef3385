package kam.scoring.score;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kam.scoring.model.ScoringModel;
import kam.scoring.rules.TierScheme;

/**
 * The tier the score proposes for each account of a ranking, told best first: by rank under the model's scheme and cap,
 * unless an override is in force. Overrides that expired end when it is made: the account goes back to the tier it earns.
 */
final class Retiering {
    static final String OVERRIDE_EXPIRED = "OVERRIDE_EXPIRED";
    static final String SCORE = "SCORE";
    private final TierScheme scheme;
    private final TierScheme.Ranking ranking;
    private final Map<UUID, TierOverride> inForce = new HashMap<>();
    private final Set<UUID> expired = new HashSet<>();

    /** A tier an account moves to, and why: SCORE, CAP, OVERRIDE or OVERRIDE_EXPIRED. */
    record Change(String tier, String reason) {}

    Retiering(ScoringModel model, TierOverrideRepository overrides, LocalDate today) {
        this.scheme = model.tierScheme();
        this.ranking = scheme.ranking();
        for (TierOverride override : overrides.listAll()) {
            if (override.inForceOn(today)) {
                inForce.put(override.accountId(), override);
            } else {
                expired.add(override.accountId());
                overrides.delete(override);
            }
        }
    }

    /** The next account of the ranking: its new tier, or empty when it keeps the one it has. */
    Optional<Change> next(RankedScore row) {
        TierOverride override = inForce.get(row.accountId());
        Optional<String> earned = ranking.next(row.score());
        String tier = override != null ? override.tier() : earned.orElse(null);
        if (Objects.equals(row.tier(), tier)) {
            return Optional.empty();
        }
        String reason = override != null
                ? "OVERRIDE"
                : expired.contains(row.accountId())
                        ? OVERRIDE_EXPIRED
                        : scheme.tierFor(row.score()).isPresent() && earned.isEmpty() ? "CAP" : SCORE;
        return Optional.of(new Change(tier, reason));
    }
}
