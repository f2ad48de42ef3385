package kam.scoring.selection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kam.platform.messaging.jobs.Jobs;
import kam.platform.web.problem.ProblemException;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.model.ScoringModel;
import kam.scoring.model.ScoringModelRepository;
import kam.scoring.score.AccountScoreRepository;
import kam.scoring.score.Rescoring;
import kam.scoring.score.ScoreHistoryRepository;

/**
 * Selection rounds: one proposes the key-account list from the active model (a job), people edit it, then approve it
 * ({@link RoundApproval}) or discard it. One round is open at a time.
 */
@ApplicationScoped
public class SelectionRounds {
    /** The job's kind; one proposal at a time. */
    public static final String KIND = "selection-round";

    private final SelectionRoundRepository rounds;
    private final KeyAccountListRepository lists;
    private final ScoringModelRepository models;
    private final AccountScoreRepository scores;
    private final ScoreHistoryRepository history;
    private final AccountFactRepository facts;
    private final KnownAccounts accounts;
    private final Rescoring rescoring;
    private final Clock clock;

    public SelectionRounds(
            SelectionRoundRepository rounds,
            KeyAccountListRepository lists,
            ScoringModelRepository models,
            AccountScoreRepository scores,
            ScoreHistoryRepository history,
            AccountFactRepository facts,
            KnownAccounts accounts,
            Rescoring rescoring,
            Clock clock) {
        this.rounds = rounds;
        this.lists = lists;
        this.models = models;
        this.scores = scores;
        this.history = history;
        this.facts = facts;
        this.accounts = accounts;
        this.rescoring = rescoring;
        this.clock = clock;
    }

    public static Jobs.Request job() {
        return new Jobs.Request(KIND, null, KIND);
    }

    /** 409 naming the open round, when there is one: it is approved or discarded before the next starts. */
    public void requireNoneOpen() {
        rounds.open().ifPresent(open -> {
            throw ProblemException.conflict("selection round " + open.id() + ", proposed by " + open.proposedBy()
                    + " at " + open.proposedAt() + ", is open: approve or discard it before starting another");
        });
    }

    /** The work of the job: the list the active model proposes now, each account with its explanation. */
    public SelectionRound propose(String title, String by) {
        return QuarkusTransaction.requiringNew().call(() -> {
            rescoring.serialize();
            requireNoneOpen();
            ScoringModel model = models.active()
                    .orElseThrow(() -> ProblemException.conflict(
                            "no scoring model is published yet: publish one, and its scores propose the list"));
            Map<UUID, String> proposed = scores.proposedTiers();
            KnownAccounts.Standing standing = accounts.of(proposed.keySet());
            List<UUID> ranked = new ArrayList<>(proposed.keySet());
            ranked.sort(Comparator.comparing(standing::score, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                    .thenComparing(UUID::toString));
            List<SelectionRound.Proposed> proposal = new ArrayList<>();
            for (UUID id : ranked) {
                proposal.add(new SelectionRound.Proposed(
                        id,
                        standing.name(id),
                        proposal.size() + 1,
                        standing.score(id),
                        proposed.get(id),
                        history.latestExplanation(id).overall().contributions()));
            }
            SelectionRound round = SelectionRound.propose(
                    title != null ? title : "Selection round of " + LocalDate.now(clock),
                    model.id(),
                    lists.inForce().map(KeyAccountList::version).orElse(null),
                    by,
                    clock.instant(),
                    proposal);
            rounds.persist(round);
            return round;
        });
    }

    /** Includes, excludes or re-tiers an account in an open round, with a reason. */
    @Transactional
    public SelectionRound edit(
            UUID roundId, UUID accountId, String tier, String reason, LocalDate expiresOn, String by) {
        SelectionRound round = requireOpen(roundId);
        if (facts.findById(accountId) == null) {
            throw ProblemException.notFound("account", accountId);
        }
        ScoringModel model = models.require(round.modelId());
        if (tier != null
                && model.tierScheme().tiers().stream().noneMatch(t -> t.name().equals(tier))) {
            throw ProblemException.unprocessable(
                    "tier", "is not a tier of " + model.tierScheme().name());
        }
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("expiresOn", "body", "must be in the future");
        }
        round.edit(new SelectionRound.Edit(accountId, tier, reason, expiresOn, by, clock.instant()));
        return round;
    }

    @Transactional
    public SelectionRound removeEdit(UUID roundId, UUID accountId) {
        SelectionRound round = requireOpen(roundId);
        if (!round.removeEdit(accountId)) {
            throw ProblemException.notFound("edit of account " + accountId + " in selection round", roundId);
        }
        return round;
    }

    @Transactional
    public SelectionRound discard(UUID roundId, String note, String by) {
        SelectionRound round = requireOpen(roundId);
        round.discard(by, clock.instant(), note);
        return round;
    }

    /** The round, while it is open; 404 unknown, 409 decided. */
    SelectionRound requireOpen(UUID roundId) {
        SelectionRound round = rounds.require(roundId);
        if (round.status() != SelectionRound.Status.OPEN) {
            throw ProblemException.conflict("selection round " + roundId + " was "
                    + round.status().name().toLowerCase(Locale.ROOT) + " by " + round.decidedBy() + " at "
                    + round.decidedAt() + "; start a new round");
        }
        return round;
    }
}
