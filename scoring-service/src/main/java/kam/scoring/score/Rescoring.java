package kam.scoring.score;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kam.platform.messaging.Outbox;
import kam.scoring.facts.AccountFact;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.facts.DerivedValues;
import kam.scoring.messaging.ScoringEvents;
import kam.scoring.model.ScoringModel;
import kam.scoring.model.ScoringModelRepository;

/**
 * Keeps scores current: scores the given accounts under the active model, then tiers the whole ranked portfolio
 * (a cap or an override can move accounts whose score did not change). Every change is kept in the history and
 * published, in the transaction of its cause.
 */
@ApplicationScoped
public class Rescoring {
    private final ScoringModelRepository models;
    private final AccountFactRepository facts;
    private final AccountScoreRepository scores;
    private final ScoreHistoryRepository history;
    private final RatingRepository ratings;
    private final TierOverrideRepository overrides;
    private final Outbox outbox;

    public Rescoring(
            ScoringModelRepository models,
            AccountFactRepository facts,
            AccountScoreRepository scores,
            ScoreHistoryRepository history,
            RatingRepository ratings,
            TierOverrideRepository overrides,
            Outbox outbox) {
        this.models = models;
        this.facts = facts;
        this.scores = scores;
        this.history = history;
        this.ratings = ratings;
        this.overrides = overrides;
        this.outbox = outbox;
    }

    /** Scores every active account; used when a model is published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void everyAccount() {
        rescore(facts.activeAccounts().stream().map(AccountFact::accountId).toList());
    }

    /** Re-tiers the portfolio, ending the overrides that expired; run daily. */
    @Scheduled(cron = "0 5 0 * * ?", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void endExpiredOverrides() {
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
        Instant now = Instant.now();
        Map<UUID, Map<String, Double>> latestRatings = ratings.latestByAccount();
        Map<UUID, AccountScore> changed = new HashMap<>();
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
                    model,
                    latestRatings.getOrDefault(accountId, Map.of()),
                    DerivedValues.of(fact, facts.unitsOf(accountId)));
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
        retier(model, changed, now);
        for (AccountScore score : changed.values()) {
            history.persist(ScoreHistory.snapshot(score, now));
            outbox.publish(ScoringEvents.scoreChanged(score));
        }
    }

    /** Tiers by rank under the model's scheme and cap, then the overrides in force. */
    private void retier(ScoringModel model, Map<UUID, AccountScore> changed, Instant now) {
        List<AccountScore> ranked = scores.ranked();
        Map<String, Optional<String>> byRank = model.tierScheme()
                .assign(ranked.stream()
                        .map(s -> Map.entry(s.accountId().toString(), s.score() == null ? -1.0 : s.score()))
                        .toList());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
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
        for (AccountScore score : ranked) {
            TierOverride override = inForce.get(score.accountId());
            Optional<String> earned = byRank.get(score.accountId().toString());
            String tier = override != null ? override.tier() : earned.orElse(null);
            String previous = score.retier(tier);
            if (!Objects.equals(previous, tier)) {
                String reason = override != null
                        ? "OVERRIDE"
                        : expired.contains(score.accountId())
                                ? "OVERRIDE_EXPIRED"
                                : model.tierScheme().tierFor(score.score()).isPresent() && earned.isEmpty()
                                        ? "CAP"
                                        : "SCORE";
                outbox.publish(ScoringEvents.tierChanged(score, previous, reason));
                changed.put(score.accountId(), score);
            }
        }
    }
}
