package kam.scoring.selection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import kam.scoring.model.ScoringModel;
import kam.scoring.rules.Hysteresis;
import kam.scoring.rules.TierScheme;
import kam.scoring.score.ScoreHistoryRepository;
import kam.scoring.score.TierOverride;

/**
 * Where the agreed list changes without a round: an override set or ended changes it at once, whatever the policy;
 * and under the AUTOMATIC policy it follows the scores, with hysteresis so that one rating never flips a tier. Runs in
 * the transaction of the re-scoring that caused it, under its lock.
 */
@ApplicationScoped
public class ListFollowing {
    /** Who the list's history names for the changes nobody made by hand. */
    static final String SCORING = "scoring-service";

    private final ListChanges changes;
    private final SelectionPolicies policies;
    private final Drift drift;
    private final ScoreHistoryRepository history;
    private final Clock clock;

    public ListFollowing(
            ListChanges changes, SelectionPolicies policies, Drift drift, ScoreHistoryRepository history, Clock clock) {
        this.changes = changes;
        this.policies = policies;
        this.drift = drift;
        this.history = history;
        this.clock = clock;
    }

    /** A kam-admin's override: the account holds that tier (or none) in the list until the override expires. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void overridden(ScoringModel model, TierOverride override) {
        changes.change(
                Map.of(
                        override.accountId(),
                        new ListChanges.Placement(
                                override.tier(), ListEntry.Basis.OVERRIDE, override.reason(), override.expiresOn())),
                new ListChanges.Author(ListReason.OVERRIDE, model.id(), null, override.createdBy(), override.reason()));
    }

    /** Overrides that expired: each account takes the tier its score proposes now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void overridesEnded(ScoringModel model, Map<UUID, String> proposedNow) {
        if (proposedNow.isEmpty()) {
            return;
        }
        Map<UUID, ListChanges.Placement> placements = new LinkedHashMap<>();
        proposedNow.forEach((id, tier) -> placements.put(id, ListChanges.Placement.byScore(tier)));
        changes.change(
                placements,
                new ListChanges.Author(
                        ListReason.OVERRIDE_EXPIRED,
                        model.id(),
                        null,
                        SCORING,
                        "the override reached its expiry date"));
    }

    /** Under the AUTOMATIC policy, moves the accounts whose proposals clear the hysteresis; leavers first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followScores(ScoringModel model) {
        SelectionPolicy policy = policies.current();
        if (policy.mode() != SelectionPolicy.Mode.AUTOMATIC) {
            return;
        }
        Drift.Report report = drift.now(model.tierScheme());
        if (report.count() == 0) {
            return;
        }
        TierScheme scheme = model.tierScheme();
        Hysteresis hysteresis = policy.hysteresis();
        long size = report.keyAccounts();
        Map<UUID, ListChanges.Placement> moves = new LinkedHashMap<>();
        List<ListMove> lower = new ArrayList<>();
        List<ListMove> higher = new ArrayList<>();
        report.items().forEach(m -> (isLower(m) ? lower : higher).add(m));
        for (ListMove move : lower) {
            String hold = hysteresis.hold(
                    scheme, move.from(), move.to(), move.score(), daysProposedLower(move, hysteresis), true);
            if (!Objects.equals(hold, move.from())) {
                moves.put(move.accountId(), ListChanges.Placement.byScore(hold));
                size -= hold == null ? 1 : 0;
            }
        }
        higher.sort(Comparator.comparing(ListMove::score, Comparator.nullsLast(Comparator.<Double>reverseOrder())));
        for (ListMove move : higher) {
            boolean placeFree = move.from() != null || scheme.cap() == null || size < scheme.cap();
            String hold = hysteresis.hold(scheme, move.from(), move.to(), move.score(), 0, placeFree);
            if (!Objects.equals(hold, move.from())) {
                moves.put(move.accountId(), ListChanges.Placement.byScore(hold));
                size += move.from() == null ? 1 : 0;
            }
        }
        if (!moves.isEmpty()) {
            changes.change(
                    moves,
                    new ListChanges.Author(
                            ListReason.AUTOMATIC, model.id(), null, SCORING, "the list follows the scores"));
        }
    }

    private static boolean isLower(ListMove move) {
        return move.kind() == ListMove.Kind.LEAVING || move.kind() == ListMove.Kind.DOWN;
    }

    /** How many days the score has proposed lower; only asked when the policy lets time decide. */
    private long daysProposedLower(ListMove move, Hysteresis hysteresis) {
        if (hysteresis.daysOut() == null) {
            return 0;
        }
        return history.proposedOtherwiseSince(move.accountId(), move.from())
                .map(since -> Duration.between(since, clock.instant()).toDays())
                .orElse(0L);
    }
}
