package kam.scoring.score;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An account's current score under the active model. */
@Entity
public class AccountScore {
    @Id
    private UUID accountId;

    private UUID modelId;

    @Embedded
    private ScoreState state;

    private Instant computedAt;

    /** The customer group this unit's score counts in; null: the account is a candidate itself. */
    private UUID groupId;

    /** Known when this score was computed in this transaction, or {@link #explained} from its history entry. */
    @Transient
    private Explanation explanation;

    protected AccountScore() {}

    public static AccountScore of(UUID accountId) {
        AccountScore score = new AccountScore();
        score.accountId = accountId;
        return score;
    }

    /**
     * Takes the new figures and the group the score counts in, keeping the tier; returns whether anything a reader
     * sees changed.
     */
    public boolean update(Explanation explanation, String quadrant, UUID groupId, Instant now) {
        ScoreState next = ScoreState.of(explanation, quadrant, state == null ? null : state.tier());
        boolean changed = !next.sameFiguresAs(state)
                || !explanation.modelId().equals(modelId)
                || !Objects.equals(this.groupId, groupId);
        this.groupId = groupId;
        modelId = explanation.modelId();
        state = next;
        this.explanation = explanation;
        computedAt = now;
        return changed;
    }

    /** Takes the new tier; returns the previous one. */
    public String retier(String tier) {
        String previous = state.tier();
        state = state.withTier(tier);
        return previous;
    }

    /** Gives a score read from the database the explanation its latest history entry holds. */
    public AccountScore explained(Explanation latest) {
        this.explanation = latest;
        return this;
    }

    public Explanation explanation() {
        if (explanation == null) {
            throw new IllegalStateException("the explanation of " + accountId + "'s score was not loaded");
        }
        return explanation;
    }

    public UUID accountId() {
        return accountId;
    }

    public UUID modelId() {
        return modelId;
    }

    public ScoreState state() {
        return state;
    }

    public UUID groupId() {
        return groupId;
    }

    /** Whose place in the agreed list this score shows: its group's when it counts in one, else its own account's. */
    public UUID countedAs() {
        return groupId != null ? groupId : accountId;
    }

    public Instant computedAt() {
        return computedAt;
    }
}
