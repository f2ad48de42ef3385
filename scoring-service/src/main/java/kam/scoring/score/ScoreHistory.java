package kam.scoring.score;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One state an account's score was in, from {@code validFrom} until the next. */
@Entity
public class ScoreHistory {
    @Id
    private UUID id;

    private UUID accountId;
    private UUID modelId;

    @Embedded
    private ScoreState state;

    @JdbcTypeCode(SqlTypes.JSON)
    private Explanation explanation;

    private Instant validFrom;

    /** The customer group whose tier this unit shared then; null: a candidate itself. */
    private UUID groupId;

    protected ScoreHistory() {}

    public static ScoreHistory snapshot(AccountScore current, Instant validFrom) {
        ScoreHistory entry = new ScoreHistory();
        entry.id = UUID.randomUUID();
        entry.accountId = current.accountId();
        entry.modelId = current.modelId();
        entry.state = current.state();
        entry.explanation = current.explanation();
        entry.validFrom = validFrom;
        entry.groupId = current.groupId();
        return entry;
    }

    public UUID id() {
        return id;
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

    public Explanation explanation() {
        return explanation;
    }

    public UUID groupId() {
        return groupId;
    }

    /** Whose place in the agreed list this score showed: its group's when it counted in one, else its own account's. */
    public UUID countedAs() {
        return groupId != null ? groupId : accountId;
    }

    public Instant validFrom() {
        return validFrom;
    }
}
