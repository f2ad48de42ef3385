package kam.scoring.score;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kam.scoring.facts.AccountFact;
import kam.scoring.facts.CustomerGroups;
import kam.scoring.model.ScoringModel;
import kam.scoring.model.ScoringModelRepository;
import kam.scoring.rules.RaterValue;
import kam.scoring.selection.SelectionPolicies;
import org.hibernate.StatelessSession;

/**
 * The first part of a publication: the portfolio scored under the new model into {@code account_score_staged}, one
 * chunk of accounts per transaction, so that memory holds one chunk whatever the portfolio's size and readers keep
 * the current scores meanwhile. Each chunk is staged under the portfolio lock, and an account event scored while the
 * stage is open is staged again ({@link #restage}): the staged scores are those of the facts at the switch.
 * {@link StagedScores} makes them current.
 */
@ApplicationScoped
public class ScoreStage {
    private final EntityManager entityManager;
    private final StatelessSession bulk;
    private final ScoringModelRepository models;
    private final RatingRepository ratings;
    private final ScoreRows rows;
    private final CustomerGroups groups;
    private final SelectionPolicies policies;
    private final Clock clock;

    public ScoreStage(
            EntityManager entityManager,
            StatelessSession bulk,
            ScoringModelRepository models,
            RatingRepository ratings,
            ScoreRows rows,
            CustomerGroups groups,
            SelectionPolicies policies,
            Clock clock) {
        this.entityManager = entityManager;
        this.bulk = bulk;
        this.models = models;
        this.ratings = ratings;
        this.rows = rows;
        this.groups = groups;
        this.policies = policies;
        this.clock = clock;
    }

    /** One staged chunk: how many accounts, and the last one's id, after which the next chunk starts. */
    public record Chunk(int accounts, UUID last) {}

    /** Opens an empty stage for the model's publication by this job; returns how many accounts it will score. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long open(UUID modelId, UUID jobId) {
        close();
        entityManager
                .createNativeQuery("insert into score_publication (model_id, job_id) values (?1, ?2)")
                .setParameter(1, modelId)
                .setParameter(2, jobId)
                .executeUpdate();
        return bulk.createSelectionQuery("select count(*) from AccountFact where status <> 'ARCHIVED'", Long.class)
                .getSingleResult();
    }

    /** Scores the active accounts that follow {@code after} (all from the first when null), at most {@code limit}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Chunk next(UUID modelId, UUID after, int limit) {
        var query = bulk.createSelectionQuery(
                "from AccountFact where status <> 'ARCHIVED'" + (after == null ? "" : " and accountId > :after")
                        + " order by accountId",
                AccountFact.class);
        if (after != null) {
            query.setParameter("after", after);
        }
        List<AccountFact> accounts = query.setMaxResults(limit).getResultList();
        if (accounts.isEmpty()) {
            return new Chunk(0, after);
        }
        stage(models.require(modelId), accounts);
        return new Chunk(accounts.size(), accounts.get(accounts.size() - 1).accountId());
    }

    /**
     * Stages these accounts again, when a publication is under way: their facts or ratings changed after their chunk
     * was staged. An account no longer active leaves the stage. Called by every re-scoring, under the portfolio lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restage(Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        Optional<UUID> staging = openFor();
        if (staging.isEmpty()) {
            return;
        }
        // The active ones are staged afresh (which replaces their rows); one archived meanwhile leaves the stage.
        List<AccountFact> active = bulk.createSelectionQuery(
                        "from AccountFact where status <> 'ARCHIVED' and accountId in :ids", AccountFact.class)
                .setParameter("ids", accountIds)
                .getResultList();
        Set<UUID> gone = new HashSet<>(accountIds);
        active.forEach(account -> gone.remove(account.accountId()));
        if (!gone.isEmpty()) {
            entityManager
                    .createNativeQuery("delete from account_score_staged where account_id in (?1)")
                    .setParameter(1, gone)
                    .executeUpdate();
        }
        if (!active.isEmpty()) {
            stage(models.require(staging.get()), active);
        }
    }

    /** Empties the stage: after the switch, or when the publication failed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close() {
        entityManager.createNativeQuery("delete from account_score_staged").executeUpdate();
        entityManager.createNativeQuery("delete from score_publication").executeUpdate();
    }

    /** The model being staged, while the job staging it still runs (a job whose process died stages nothing more). */
    private Optional<UUID> openFor() {
        @SuppressWarnings("unchecked")
        List<UUID> open = entityManager
                .createNativeQuery("select p.model_id from score_publication p join job j on j.id = p.job_id"
                        + " where j.status = 'RUNNING'")
                .getResultList();
        return open.stream().findFirst();
    }

    private void stage(ScoringModel model, List<AccountFact> accounts) {
        List<UUID> ids = accounts.stream().map(AccountFact::accountId).toList();
        CustomerGroups.Grouping grouping = groups.of(ids, policies.current().unitsStandAlone());
        Map<UUID, Map<String, List<RaterValue>>> latestRatings = ratings.currentByAccount(ids);
        // Read without a persistence context: the current scores must stay as they are until the switch.
        Map<UUID, AccountScore> current = bulk.createSelectionQuery(
                        "from AccountScore where accountId in :ids", AccountScore.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(AccountScore::accountId, Function.identity()));
        Instant now = clock.instant();
        List<ScoreRows.Staged> staged = accounts.stream()
                .map(account -> {
                    Explanation explanation = Scorer.explain(
                            model,
                            latestRatings.getOrDefault(account.accountId(), Map.of()),
                            grouping.derivedValues(account));
                    AccountScore score =
                            current.getOrDefault(account.accountId(), AccountScore.of(account.accountId()));
                    boolean changed = score.update(
                            explanation,
                            Scorer.quadrant(explanation, model.matrixMidpoint()),
                            grouping.groupOf(account.accountId()),
                            now);
                    return new ScoreRows.Staged(score, changed);
                })
                .toList();
        // An account staged again by an event may come round in its chunk later: the chunk's score replaces it.
        entityManager
                .createNativeQuery("delete from account_score_staged where account_id in (?1)")
                .setParameter(1, ids)
                .executeUpdate();
        rows.insertStaged(staged);
    }
}
