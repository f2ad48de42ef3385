package kam.scoring.score;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One state an account's score was in, from {@code validFrom} until the next. */
@Entity
public class ScoreHistory {
    @Id
    private UUID id;

    private UUID accountId;
    private UUID modelId;

    @Embedded
    private ScoreState state;

    private Instant validFrom;

    protected ScoreHistory() {}

    public static ScoreHistory snapshot(AccountScore current, Instant validFrom) {
        ScoreHistory entry = new ScoreHistory();
        entry.id = UUID.randomUUID();
        entry.accountId = current.accountId();
        entry.modelId = current.modelId();
        entry.state = current.state();
        entry.validFrom = validFrom;
        return entry;
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

    public Instant validFrom() {
        return validFrom;
    }
}
