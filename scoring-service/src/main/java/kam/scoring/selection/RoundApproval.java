package kam.scoring.selection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kam.platform.web.problem.ProblemException;
import kam.scoring.model.ScoringModel;
import kam.scoring.model.ScoringModelRepository;
import kam.scoring.rules.TierScheme;
import kam.scoring.score.Calibration;
import kam.scoring.score.Rescoring;
import kam.scoring.score.TierOverride;
import kam.scoring.score.TierOverrideRepository;

/**
 * Approving a selection round into the list in force: the round's list replaces it whole, as a new version that names
 * who agreed it; an edit with an expiry date becomes an override that later proposals keep until it expires.
 */
@ApplicationScoped
public class RoundApproval {
    private final SelectionRounds rounds;
    private final ScoringModelRepository models;
    private final KeyAccountListRepository lists;
    private final ListChanges changes;
    private final TierOverrideRepository overrides;
    private final Rescoring rescoring;
    private final Calibration calibration;
    private final Clock clock;

    public RoundApproval(
            SelectionRounds rounds,
            ScoringModelRepository models,
            KeyAccountListRepository lists,
            ListChanges changes,
            TierOverrideRepository overrides,
            Rescoring rescoring,
            Calibration calibration,
            Clock clock) {
        this.rounds = rounds;
        this.models = models;
        this.lists = lists;
        this.changes = changes;
        this.overrides = overrides;
        this.rescoring = rescoring;
        this.calibration = calibration;
        this.clock = clock;
    }

    /**
     * 409 when the round is decided or the model it was proposed under is no longer active; 422 when its list is
     * empty, names more key accounts than the cap without an override for those beyond it, or names an account
     * whose raters disagree widely (flagged for calibration) and the approval says nothing of it.
     */
    @Transactional
    public SelectionRound approve(UUID roundId, String note, String by) {
        rescoring.serialize();
        SelectionRound round = rounds.requireOpen(roundId);
        ScoringModel active = models.active().orElseThrow(() -> modelChanged(round, null));
        if (!active.id().equals(round.modelId())) {
            throw modelChanged(round, active);
        }
        Map<UUID, ListChanges.Placement> placements = withOverridesInForce(round.placements());
        check(placements, active.tierScheme());
        requireCommentOnFlagged(active, placements.keySet(), note);
        // The round's list replaces the one in force: an account it does not name leaves.
        Map<UUID, ListChanges.Placement> whole = new LinkedHashMap<>();
        lists.tiersInForce().keySet().forEach(id -> whole.put(id, ListChanges.Placement.out()));
        whole.putAll(placements);
        List<UUID> overridden = new ArrayList<>();
        for (SelectionRound.Edit edit : round.edits()) {
            if (edit.expiresOn() != null) {
                overrides.deleteById(edit.accountId());
                overrides.flush();
                overrides.persist(TierOverride.of(
                        edit.accountId(),
                        edit.tier(),
                        edit.reason(),
                        edit.expiresOn(),
                        edit.editedBy(),
                        clock.instant()));
                overridden.add(edit.accountId());
            }
        }
        overrides.flush();
        KeyAccountList list = changes.change(
                        whole, new ListChanges.Author(ListReason.LIST_AGREED, active.id(), round.id(), by, note))
                .orElseThrow();
        round.approve(by, clock.instant(), list.version(), note);
        // The proposals take the new overrides; the list already holds them, so it does not move again.
        rescoring.rescore(overridden);
        return round;
    }

    private static void check(Map<UUID, ListChanges.Placement> placements, TierScheme scheme) {
        if (placements.isEmpty()) {
            throw ProblemException.unprocessable(
                    "proposal", "an agreed list names at least one key account; with its edits this round names none");
        }
        long withoutOverride = placements.values().stream()
                .filter(p -> p.basis() != ListEntry.Basis.OVERRIDE)
                .count();
        if (scheme.cap() != null && withoutOverride > scheme.cap()) {
            throw ProblemException.unprocessable(
                    "edits",
                    "the list names " + withoutOverride + " key accounts without an override, over the cap of "
                            + scheme.cap() + " of " + scheme.name() + ": exclude some, or make each include beyond"
                            + " the cap an override (a reason and an expiry date)");
        }
    }

    private void requireCommentOnFlagged(ScoringModel model, Collection<UUID> keyAccounts, String note) {
        List<Calibration.Flagged> flagged = calibration.flaggedAmong(model, keyAccounts);
        if (!flagged.isEmpty() && (note == null || note.isBlank())) {
            throw ProblemException.unprocessable(
                    "note",
                    "the raters of "
                            + flagged.stream()
                                    .map(f -> f.name() + " (" + f.accountId() + ")")
                                    .collect(Collectors.joining(", "))
                            + " disagree by the model's calibration levels or more: calibrate their ratings, or"
                            + " say in the note why the list is agreed over them");
        }
    }

    /** Proposed accounts that hold their tier by an override in force keep it on that basis, with its reason. */
    private Map<UUID, ListChanges.Placement> withOverridesInForce(Map<UUID, ListChanges.Placement> placements) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, ListChanges.Placement> result = new LinkedHashMap<>(placements);
        for (TierOverride override : overrides.listAll()) {
            ListChanges.Placement placement = result.get(override.accountId());
            if (override.inForceOn(today)
                    && placement != null
                    && placement.basis() == ListEntry.Basis.SCORE
                    && placement.tier().equals(override.tier())) {
                result.put(
                        override.accountId(),
                        new ListChanges.Placement(
                                override.tier(), ListEntry.Basis.OVERRIDE, override.reason(), override.expiresOn()));
            }
        }
        return result;
    }

    private static ProblemException modelChanged(SelectionRound round, ScoringModel active) {
        return ProblemException.conflict("selection round " + round.id() + " was proposed under scoring model "
                + round.modelId() + ", and "
                + (active == null ? "no model" : "model " + active.id() + " (" + active.name() + ")")
                + " is active now: its scores propose another list; discard this round and start a new one");
    }
}
