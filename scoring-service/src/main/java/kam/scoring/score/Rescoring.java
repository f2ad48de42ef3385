package kam.scoring.score;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import kam.platform.messaging.Outbox;
import kam.platform.web.TransactionLocks;
import kam.scoring.facts.AccountFact;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.facts.CustomerGroups;
import kam.scoring.messaging.ScoringEvents;
import kam.scoring.model.ScoringModel;
import kam.scoring.model.ScoringModelRepository;
import kam.scoring.selection.KeyAccountListRepository;
import kam.scoring.selection.ListFollowing;
import kam.scoring.selection.SelectionPolicies;

/**
 * Keeps scores current: scores accounts under the active model, then proposes tiers for the whole ranked portfolio (a
 * cap or an override can move accounts whose score did not change). The agreed list follows a proposal only when
 * people agree it, an override ends, or the policy lets it follow the scores ({@link ListFollowing}). Every change is
 * kept in the history and published, in the transaction of its cause.
 *
 * <p>Re-scoring a few accounts (an event or a rating) touches only them, plus a light ranking of the rest; the whole
 * portfolio is re-scored by a publication ({@link ScoreStage}, {@link StagedScores}).
 */
@ApplicationScoped
public class Rescoring {
    private final ScoringModelRepository models;
    private final AccountFactRepository facts;
    private final AccountScoreRepository scores;
    private final ScoreHistoryRepository history;
    private final RatingRepository ratings;
    private final TierOverrideRepository overrides;
    private final EntityManager entityManager;
    private final ScoreStage stage;
    private final Outbox outbox;
    private final ListFollowing following;
    private final KeyAccountListRepository lists;
    private final CustomerGroups groups;
    private final SelectionPolicies policies;
    private final Clock clock;

    public Rescoring(
            ScoringModelRepository models,
            AccountFactRepository facts,
            AccountScoreRepository scores,
            ScoreHistoryRepository history,
            RatingRepository ratings,
            TierOverrideRepository overrides,
            EntityManager entityManager,
            ScoreStage stage,
            Outbox outbox,
            ListFollowing following,
            KeyAccountListRepository lists,
            CustomerGroups groups,
            SelectionPolicies policies,
            Clock clock) {
        this.models = models;
        this.facts = facts;
        this.scores = scores;
        this.history = history;
        this.ratings = ratings;
        this.overrides = overrides;
        this.entityManager = entityManager;
        this.stage = stage;
        this.outbox = outbox;
        this.following = following;
        this.lists = lists;
        this.groups = groups;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * Makes the rest of the transaction the only one changing scores and the facts they come from. Taken first by
     * every writer (an account event, a rating, an override, a publication): a model published while a revenue event
     * was being applied once left an account scored on the revenue before the event, the publication not seeing the
     * event's fact and the event not seeing the new model. Tiers rank the whole portfolio, so one lock fits all. A
     * publication takes it for each chunk it stages and for its switch, not for its whole length: what an event
     * changes between chunks is staged again ({@link ScoreStage#restage}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void serialize() {
        TransactionLocks.exclusive(entityManager, "kam.scoring.portfolio");
    }

    /**
     * Re-tiers the portfolio, ending the overrides that expired; run daily, when time alone can move the list (an
     * override's expiry, or the policy's days out).
     */
    @Scheduled(cron = "0 5 0 * * ?", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void endExpiredOverrides() {
        retierNow();
    }

    /** Re-tiers the portfolio now; the agreed list then follows as the policy says. */
    @Transactional
    public void retierNow() {
        serialize();
        rescore(List.of());
    }

    /**
     * Scores every unit and group again, and re-tiers the portfolio: after the policy let units stand alone or
     * counted them in their groups again.
     */
    @Transactional
    public void regroupNow() {
        serialize();
        Map<UUID, UUID> grouped = groups.everyUnitsGroup();
        Set<UUID> ids = new HashSet<>(grouped.keySet());
        ids.addAll(grouped.values());
        rescore(ids);
    }

    /** Scores these accounts and re-tiers the portfolio. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rescore(Collection<UUID> accountIds) {
        // A publication under way scores these accounts again under its model: its snapshot must not miss them.
        stage.restage(accountIds);
        Optional<ScoringModel> active = models.active();
        if (active.isEmpty()) {
            return;
        }
        ScoringModel model = active.get();
        Instant now = clock.instant();
        Map<UUID, AccountScore> changed = new LinkedHashMap<>();
        CustomerGroups.Grouping grouping =
                groups.of(accountIds, policies.current().unitsStandAlone());
        for (UUID accountId : accountIds) {
            AccountFact fact = facts.findById(accountId);
            if (fact == null) {
                continue;
            }
            if (!fact.active()) {
                scores.deleteById(accountId);
                continue;
            }
            Explanation explanation =
                    Scorer.explain(model, ratings.currentFor(accountId), grouping.derivedValues(fact));
            AccountScore existing = scores.findById(accountId);
            AccountScore score = existing != null ? existing : AccountScore.of(accountId);
            // Filled in before it is persisted: a half-made row must never reach a flush.
            boolean changedNow = score.update(
                    explanation,
                    Scorer.quadrant(explanation, model.matrixMidpoint()),
                    grouping.groupOf(accountId),
                    now);
            if (!changedNow && existing != null && !explanation.ratings().isEmpty()) {
                // Another rater, or a rater changing their mind, may leave the consensus where it was: the raters a
                // reader sees changed all the same.
                changedNow = !explanation
                        .ratings()
                        .equals(history.latestExplanation(accountId).ratings());
            }
            if (score.groupId() != null && score.state().tier() != null) {
                // A unit counted in its group is never ranked: the group proposes the tier they share.
                score.retier(null);
                changedNow = true;
            }
            if (existing == null) {
                scores.persist(score);
            }
            if (changedNow) {
                changed.put(accountId, score);
            }
        }
        scores.flush();
        retier(
                model,
                ranking(model, accountIds),
                id -> changed.containsKey(id)
                        ? changed.get(id)
                        : scores.findById(id).explained(history.latestExplanation(id)),
                changed);
        record(changed.values(), now);
    }

    /** The part of the ranking whose tiers can move when these accounts' scores did, overridden accounts with them. */
    private List<RankedScore> ranking(ScoringModel model, Collection<UUID> accountIds) {
        Set<UUID> ids = new HashSet<>(accountIds);
        overrides.listAll().forEach(o -> ids.add(o.accountId()));
        return scores.whoseTiersCanMove(ids, model.tierScheme());
    }

    /**
     * Proposes tiers by rank under the model's scheme and cap, then the overrides in force; loads only the accounts
     * whose proposal changes. An override that expired hands its account back to the list its score proposes.
     */
    private void retier(
            ScoringModel model,
            List<RankedScore> ranking,
            Function<UUID, AccountScore> load,
            Map<UUID, AccountScore> changed) {
        Retiering retiering = new Retiering(model, overrides, LocalDate.now(clock));
        Map<UUID, String> overridesEnded = new LinkedHashMap<>();
        for (RankedScore row : ranking) {
            Optional<Retiering.Change> change = retiering.next(row);
            if (change.isEmpty()) {
                continue;
            }
            AccountScore score = load.apply(row.accountId());
            score.retier(change.get().tier());
            if (Retiering.OVERRIDE_EXPIRED.equals(change.get().reason())) {
                overridesEnded.put(row.accountId(), change.get().tier());
            }
            changed.put(row.accountId(), score);
        }
        following.overridesEnded(model, overridesEnded);
        following.followScores(model);
    }

    private void record(Collection<AccountScore> changed, Instant now) {
        changed.forEach(score -> history.persist(ScoreHistory.snapshot(score, now)));
        Map<UUID, String> agreed = lists.tiersInForce();
        outbox.publishAll(changed.stream()
                .map(score -> ScoringEvents.scoreChanged(score, agreed.get(score.accountId())))
                .toList());
    }
}
