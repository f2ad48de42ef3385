package kam.scoring.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kam.platform.messaging.Outbox;
import kam.scoring.messaging.ScoringEvents;
import kam.scoring.model.ScoringModel;
import kam.scoring.selection.KeyAccountListRepository;
import kam.scoring.selection.ListFollowing;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The last part of a publication, in one transaction: the staged scores ({@link ScoreStage}) get the tiers their rank
 * proposes and replace the current scores, the agreed list follows where it must ({@link ListFollowing}), and the
 * changes are kept in the history and published. Readers see the old scores
 * until it commits and the new ones after, never a mix. The portfolio goes through it a page at a time.
 */
@ApplicationScoped
public class StagedScores {
    private static final Logger LOG = Logger.getLogger(StagedScores.class);
    private static final int PAGE = 1000;
    private static final String SCORE_COLUMNS =
            "account_id, model_id, score, attractiveness, strength, completeness, tier, quadrant, group_id, computed_at";

    private final EntityManager entityManager;
    private final TierOverrideRepository overrides;
    private final Outbox outbox;
    private final ListFollowing following;
    private final KeyAccountListRepository lists;
    private final ObjectMapper json;
    private final Clock clock;

    public StagedScores(
            EntityManager entityManager,
            TierOverrideRepository overrides,
            Outbox outbox,
            ListFollowing following,
            KeyAccountListRepository lists,
            ObjectMapper json,
            Clock clock) {
        this.entityManager = entityManager;
        this.overrides = overrides;
        this.outbox = outbox;
        this.following = following;
        this.lists = lists;
        this.json = json;
        this.clock = clock;
    }

    /** What a publication did: accounts scored, and how many of them changed score or tier. */
    public record Promoted(long accounts, long changed) {}

    /** Tiers the staged scores under the model and makes them current, with their history and their events. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Promoted promote(ScoringModel model, Instant now) {
        long started = System.nanoTime();
        Retiering retiering = new Retiering(model, overrides, LocalDate.now(clock));
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> retier(connection, retiering));
        long tiered = System.nanoTime();
        // The current scores are replaced whole; accounts no longer active lose theirs.
        entityManager.createNativeQuery("delete from account_score").executeUpdate();
        long accounts = entityManager
                .createNativeQuery("insert into account_score (" + SCORE_COLUMNS + ") select " + SCORE_COLUMNS
                        + " from account_score_staged")
                .executeUpdate();
        long replaced = System.nanoTime();
        // The agreed list moves only where it must: overrides that ended, and where the policy lets it follow.
        following.overridesEnded(model, overridesEnded());
        following.followScores(model);
        long changed = recordChanges(model, now, lists.tiersInForce());
        LOG.infof(
                "Made %d staged scores (%d changed) of model %s current in %d ms: tiers %d, scores %d, list, history"
                        + " and events %d",
                accounts,
                changed,
                model.id(),
                (System.nanoTime() - started) / 1_000_000,
                (tiered - started) / 1_000_000,
                (replaced - tiered) / 1_000_000,
                (System.nanoTime() - replaced) / 1_000_000);
        return new Promoted(accounts, changed);
    }

    /**
     * Walks the staged scores best first and gives each the tier its rank earns (or its override); where that differs
     * from the current tier, notes the current one and why it moves.
     */
    private static void retier(Connection connection, Retiering retiering) throws SQLException {
        // Units counted in their groups come last, never ranked: a tier one held as a candidate ends.
        try (PreparedStatement ranked = connection.prepareStatement("select s.account_id, s.score, s.tier, c.tier,"
                        + " s.group_id is not null as unit"
                        + " from account_score_staged s left join account_score c on c.account_id = s.account_id"
                        + " order by s.group_id is not null, s.score desc nulls last, s.account_id");
                PreparedStatement update = connection.prepareStatement("update account_score_staged set tier = ?,"
                        + " tier_before = ?, tier_reason = ? where account_id = ?")) {
            // A cursor: the ranking streams through, a page at a time.
            ranked.setFetchSize(PAGE);
            int pending = 0;
            try (ResultSet rank = ranked.executeQuery()) {
                while (rank.next()) {
                    UUID accountId = rank.getObject(1, UUID.class);
                    BigDecimal score = rank.getBigDecimal(2);
                    String staged = rank.getString(3);
                    String current = rank.getString(4);
                    Optional<Retiering.Change> change = rank.getBoolean(5)
                            ? Optional.ofNullable(current).map(held -> new Retiering.Change(null, Retiering.SCORE))
                            : retiering.next(
                                    new RankedScore(accountId, score == null ? null : score.doubleValue(), current));
                    String tier = change.map(Retiering.Change::tier).orElse(current);
                    if (change.isEmpty() && Objects.equals(tier, staged)) {
                        continue;
                    }
                    update.setString(1, tier);
                    update.setString(2, change.isPresent() ? current : null);
                    update.setString(3, change.map(Retiering.Change::reason).orElse(null));
                    update.setObject(4, accountId);
                    update.addBatch();
                    if (++pending == PAGE) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    /**
     * The staged scores that changed: a history entry each, copied in the database as they are staged, and their tier
     * and score events, a page at a time.
     */
    private long recordChanges(ScoringModel model, Instant now, Map<UUID, String> agreed) {
        entityManager
                .createNativeQuery("insert into score_history (id, " + SCORE_COLUMNS.replace(", computed_at", "")
                        + ", explanation, valid_from) select gen_random_uuid(), "
                        + SCORE_COLUMNS.replace(", computed_at", "") + ", explanation, ?1 from account_score_staged"
                        + " where figures_changed or tier_reason is not null")
                .setParameter(1, now)
                .executeUpdate();
        long changed = 0;
        UUID after = null;
        while (true) {
            List<Object[]> page = changedAfter(after);
            if (page.isEmpty()) {
                return changed;
            }
            List<Object> scoreEvents = new ArrayList<>();
            for (Object[] row : page) {
                AccountScore score = AccountScore.of((UUID) row[0]);
                Explanation explanation = read((String) row[1]);
                // Built for its events only, which carry no time: the staged row keeps its own.
                score.update(explanation, Scorer.quadrant(explanation, model.matrixMidpoint()), (UUID) row[3], now);
                score.retier((String) row[2]);
                scoreEvents.add(ScoringEvents.scoreChanged(score, agreed.get(score.accountId())));
            }
            outbox.publishAll(scoreEvents);
            changed += page.size();
            after = (UUID) page.get(page.size() - 1)[0];
        }
    }

    /** The accounts whose override ended with this publication, and the tier their staged score proposes. */
    private Map<UUID, String> overridesEnded() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select account_id, tier from account_score_staged where tier_reason = ?1")
                .setParameter(1, Retiering.OVERRIDE_EXPIRED)
                .getResultList();
        Map<UUID, String> ended = new LinkedHashMap<>();
        rows.forEach(row -> ended.put((UUID) row[0], (String) row[1]));
        return ended;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> changedAfter(UUID after) {
        var query = entityManager.createNativeQuery("select account_id, explanation::text, tier, group_id"
                + " from account_score_staged where (figures_changed or tier_reason is not"
                + " null)" + (after == null ? "" : " and account_id > ?1") + " order by account_id limit " + PAGE);
        if (after != null) {
            query.setParameter(1, after);
        }
        return query.getResultList();
    }

    private Explanation read(String explanation) {
        try {
            return json.readValue(explanation, Explanation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a staged explanation cannot be read", e);
        }
    }
}
