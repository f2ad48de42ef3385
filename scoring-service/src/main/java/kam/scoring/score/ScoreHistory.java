package kam.scoring.score;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
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
    private BigDecimal score;
    private BigDecimal attractiveness;
    private BigDecimal strength;
    private BigDecimal completeness;
    private String tier;
    private String quadrant;

    @JdbcTypeCode(SqlTypes.JSON)
    private Explanation explanation;

    private Instant validFrom;

    protected ScoreHistory() {}

    public static ScoreHistory snapshot(AccountScore current, Instant validFrom) {
        ScoreHistory entry = new ScoreHistory();
        entry.id = UUID.randomUUID();
        entry.accountId = current.accountId();
        entry.modelId = current.modelId();
        entry.score = decimal(current.score());
        entry.attractiveness = decimal(current.attractiveness());
        entry.strength = decimal(current.strength());
        entry.completeness = BigDecimal.valueOf(current.completeness());
        entry.tier = current.tier();
        entry.quadrant = current.quadrant();
        entry.explanation = current.explanation();
        entry.validFrom = validFrom;
        return entry;
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    public UUID accountId() {
        return accountId;
    }

    public UUID modelId() {
        return modelId;
    }

    public Double score() {
        return score == null ? null : score.doubleValue();
    }

    public Double attractiveness() {
        return attractiveness == null ? null : attractiveness.doubleValue();
    }

    public Double strength() {
        return strength == null ? null : strength.doubleValue();
    }

    public double completeness() {
        return completeness.doubleValue();
    }

    public String tier() {
        return tier;
    }

    public String quadrant() {
        return quadrant;
    }

    public Explanation explanation() {
        return explanation;
    }

    public Instant validFrom() {
        return validFrom;
    }
}
