package kam.scoring.score;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kam.platform.messaging.Outbox;
import kam.platform.web.TransactionLocks;
import kam.scoring.facts.AccountFact;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.facts.DerivedValues;
import kam.scoring.messaging.ScoringEvents;
import kam.scoring.model.ScoringModel;
import kam.scoring.model.ScoringModelRepository;
import org.hibernate.StatelessSession;
import org.jboss.logging.Logger;

/**
 * Keeps scores current: scores accounts under the active model, then tiers the whole ranked portfolio (a cap or an
 * override can move accounts whose score did not change). Every change is kept in the history and published, in the
 * transaction of its cause.
 *
 * <p>Re-scoring the whole portfolio (a model was published) reads everything it needs in a few queries and writes in
 * batches; re-scoring a few accounts (an event or a rating) touches only them, plus a light ranking of the rest.
 */
@ApplicationScoped
public class Rescoring {
    private static final Logger LOG = Logger.getLogger(Rescoring.class);
    private final ScoringModelRepository models;
    private final AccountFactRepository facts;
    private final AccountScoreRepository scores;
    private final ScoreHistoryRepository history;
    private final RatingRepository ratings;
    private final TierOverrideRepository overrides;
    private final EntityManager entityManager;
    private final StatelessSession bulk;
    private final ScoreRows rows;
    private final Outbox outbox;
    private final Clock clock;

    public Rescoring(
            ScoringModelRepository models,
            AccountFactRepository facts,
            AccountScoreRepository scores,
            ScoreHistoryRepository history,
            RatingRepository ratings,
            TierOverrideRepository overrides,
            EntityManager entityManager,
            StatelessSession bulk,
            ScoreRows rows,
            Outbox outbox,
            Clock clock) {
        this.models = models;
        this.facts = facts;
        this.scores = scores;
        this.history = history;
        this.ratings = ratings;
        this.overrides = overrides;
        this.entityManager = entityManager;
        this.bulk = bulk;
        this.rows = rows;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Scores every active account; used when a model is published. Everything is computed in memory and written
     * once, with COPY (see {@link ScoreRows}): a persistence context holding the whole portfolio would cost more than the
     * scoring itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void everyAccount() {
        Optional<ScoringModel> active = models.active();
        if (active.isEmpty()) {
            return;
        }
        ScoringModel model = active.get();
        Instant now = clock.instant();
        long started = System.nanoTime();
        List<AccountFact> accounts = bulk.createSelectionQuery(
                        "from AccountFact where status <> 'ARCHIVED'", AccountFact.class)
                .getResultList();
        Map<UUID, List<AccountFact>> units = accounts.stream()
                .filter(a -> a.parentId() != null)
                .collect(Collectors.groupingBy(AccountFact::parentId));
        Map<UUID, Map<String, Double>> latestRatings = ratings.latestByAccount();
        Map<UUID, AccountScore> previous = bulk.createSelectionQuery("from AccountScore", AccountScore.class)
                .getResultStream()
                .collect(Collectors.toMap(AccountScore::accountId, Function.identity()));
        long read = System.nanoTime();
        Map<UUID, AccountScore> fresh = new HashMap<>();
        Map<UUID, AccountScore> changed = new LinkedHashMap<>();
        for (AccountFact account : accounts) {
            Explanation explanation = Scorer.explain(
                    model,
                    latestRatings.getOrDefault(account.accountId(), Map.of()),
                    DerivedValues.of(account, units.getOrDefault(account.accountId(), List.of())));
            AccountScore score = previous.getOrDefault(account.accountId(), AccountScore.of(account.accountId()));
            if (score.update(explanation, Scorer.quadrant(explanation, model.matrixMidpoint()), now)) {
                changed.put(account.accountId(), score);
            }
            fresh.put(account.accountId(), score);
        }
        List<RankedScore> ranking = fresh.values().stream()
                .map(s -> new RankedScore(
                        s.accountId(), s.state().score(), s.state().tier()))
                .sorted(RankedScore.BEST_FIRST)
                .toList();
        retier(model, ranking, fresh::get, changed, now);
        long computed = System.nanoTime();
        // The current scores are replaced whole; accounts no longer active lose theirs.
        bulk.createMutationQuery("delete from AccountScore").executeUpdate();
        rows.insertScores(fresh.values());
        long scoresWritten = System.nanoTime();
        rows.insertHistory(changed.values().stream()
                .map(score -> ScoreHistory.snapshot(score, now))
                .toList());
        long historyWritten = System.nanoTime();
        outbox.publishAll(
                changed.values().stream().map(ScoringEvents::scoreChanged).toList());
        long done = System.nanoTime();
        LOG.infof(
                "Re-scored %d accounts (%d changed) under model %s in %d ms: read %d, compute and tier %d,"
                        + " scores %d, history %d, events %d",
                fresh.size(),
                changed.size(),
                model.id(),
                (done - started) / 1_000_000,
                (read - started) / 1_000_000,
                (computed - read) / 1_000_000,
                (scoresWritten - computed) / 1_000_000,
                (historyWritten - scoresWritten) / 1_000_000,
                (done - historyWritten) / 1_000_000);
    }

    /**
     * Makes the rest of the transaction the only one changing scores and the facts they come from. Taken first by
     * every writer (an account event, a rating, an override, a publication): a model published while a revenue event
     * was being applied once left an account scored on the revenue before the event, the publication not seeing the
     * event's fact and the event not seeing the new model. Tiers rank the whole portfolio, so one lock fits all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void serialize() {
        TransactionLocks.exclusive(entityManager, "kam.scoring.portfolio");
    }

    /** Re-tiers the portfolio, ending the overrides that expired; run daily. */
    @Scheduled(cron = "0 5 0 * * ?", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void endExpiredOverrides() {
        serialize();
        rescore(List.of());
    }

    /** Scores these accounts and re-tiers the portfolio. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rescore(Collection<UUID> accountIds) {
        Optional<ScoringModel> active = models.active();
        if (active.isEmpty()) {
            return;
        }
        ScoringModel model = active.get();
        Instant now = clock.instant();
        Map<UUID, AccountScore> changed = new LinkedHashMap<>();
        for (UUID accountId : accountIds) {
            AccountFact fact = facts.findById(accountId);
            if (fact == null) {
                continue;
            }
            if (!fact.active()) {
                scores.deleteById(accountId);
                continue;
            }
            Explanation explanation = Scorer.explain(
                    model, ratings.latestFor(accountId), DerivedValues.of(fact, facts.unitsOf(accountId)));
            AccountScore existing = scores.findById(accountId);
            AccountScore score = existing != null ? existing : AccountScore.of(accountId);
            // Filled in before it is persisted: a half-made row must never reach a flush.
            boolean changedNow = score.update(explanation, Scorer.quadrant(explanation, model.matrixMidpoint()), now);
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
                changed,
                now);
        record(changed.values(), now);
    }

    /** The part of the ranking whose tiers can move when these accounts' scores did, overridden accounts with them. */
    private List<RankedScore> ranking(ScoringModel model, Collection<UUID> accountIds) {
        Set<UUID> ids = new HashSet<>(accountIds);
        overrides.listAll().forEach(o -> ids.add(o.accountId()));
        return scores.whoseTiersCanMove(ids, model.tierScheme());
    }

    /**
     * Tiers by rank under the model's scheme and cap, then the overrides in force; loads only the accounts whose tier
     * changes.
     */
    private void retier(
            ScoringModel model,
            List<RankedScore> ranking,
            Function<UUID, AccountScore> load,
            Map<UUID, AccountScore> changed,
            Instant now) {
        Map<String, Optional<String>> byRank = model.tierScheme()
                .assign(ranking.stream()
                        .map(r -> Map.entry(r.accountId().toString(), r.score() == null ? -1.0 : r.score()))
                        .toList());
        LocalDate today = LocalDate.now(clock);
        Map<UUID, TierOverride> inForce = new HashMap<>();
        Set<UUID> expired = new HashSet<>();
        for (TierOverride override : overrides.listAll()) {
            if (override.inForceOn(today)) {
                inForce.put(override.accountId(), override);
            } else {
                // An expired override ends by itself: the account goes back to the tier it earns.
                expired.add(override.accountId());
                overrides.delete(override);
            }
        }
        List<Object> tierEvents = new ArrayList<>();
        for (RankedScore row : ranking) {
            TierOverride override = inForce.get(row.accountId());
            Optional<String> earned = byRank.get(row.accountId().toString());
            String tier = override != null ? override.tier() : earned.orElse(null);
            if (Objects.equals(row.tier(), tier)) {
                continue;
            }
            AccountScore score = load.apply(row.accountId());
            String previous = score.retier(tier);
            String reason = override != null
                    ? "OVERRIDE"
                    : expired.contains(row.accountId())
                            ? "OVERRIDE_EXPIRED"
                            : model.tierScheme().tierFor(row.score()).isPresent() && earned.isEmpty() ? "CAP" : "SCORE";
            tierEvents.add(ScoringEvents.tierChanged(score, previous, reason));
            changed.put(row.accountId(), score);
        }
        outbox.publishAll(tierEvents);
    }

    private void record(Collection<AccountScore> changed, Instant now) {
        changed.forEach(score -> history.persist(ScoreHistory.snapshot(score, now)));
        outbox.publishAll(changed.stream().map(ScoringEvents::scoreChanged).toList());
    }
}
