package kam.scoring.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import kam.platform.messaging.CopyRows;

/**
 * Writes a publication's staged scores with COPY, the columns {@link AccountScore} maps plus the explanation and
 * whether the figures changed. Re-scoring 100,000 accounts spends most of its time writing; this is why it is here.
 */
@ApplicationScoped
public class ScoreRows {
    private static final List<String> STAGED_COLUMNS = List.of(
            "account_id",
            "model_id",
            "score",
            "attractiveness",
            "strength",
            "completeness",
            "tier",
            "quadrant",
            "computed_at",
            "explanation",
            "figures_changed",
            "group_id");

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public ScoreRows(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** A score staged by a publication, and whether its figures differ from the current score's. */
    public record Staged(AccountScore score, boolean figuresChanged) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertStaged(Collection<Staged> staged) {
        CopyRows.into(
                entityManager,
                "account_score_staged",
                STAGED_COLUMNS,
                staged.stream()
                        .map(s -> row(
                                new Object[] {s.score().accountId(), s.score().modelId()},
                                s.score().state(),
                                s.score().computedAt(),
                                write(s.score().explanation()),
                                s.figuresChanged(),
                                s.score().groupId()))
                        .iterator());
    }

    /** The keys, then the state's columns, then the rest. */
    private static Object[] row(Object[] keys, ScoreState state, Object... rest) {
        Object[] values = {
            state.scoreDecimal(),
            state.attractivenessDecimal(),
            state.strengthDecimal(),
            state.completenessDecimal(),
            state.tier(),
            state.quadrant()
        };
        Object[] row = Arrays.copyOf(keys, keys.length + values.length + rest.length);
        System.arraycopy(values, 0, row, keys.length, values.length);
        System.arraycopy(rest, 0, row, keys.length + values.length, rest.length);
        return row;
    }

    private String write(Explanation explanation) {
        try {
            return json.writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the explanation of a score", e);
        }
    }
}
