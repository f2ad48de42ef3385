package kam.scoring.score;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An account's current score under the active model, its tier and quadrant, and the explanation. */
@Entity
public class AccountScore {
    @Id
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

    private Instant computedAt;

    protected AccountScore() {}

    public static AccountScore of(UUID accountId) {
        AccountScore score = new AccountScore();
        score.accountId = accountId;
        return score;
    }

    /** Takes the new figures; returns whether anything a reader sees changed. */
    public boolean update(Explanation explanation, String quadrant, Instant now) {
        BigDecimal newScore = decimal(explanation.overall().value());
        BigDecimal newAttractiveness = decimal(explanation.attractiveness().value());
        BigDecimal newStrength = decimal(explanation.strength().value());
        BigDecimal newCompleteness = decimal(explanation.overall().completeness());
        boolean changed = !Objects.equals(newScore, score)
                || !Objects.equals(newAttractiveness, attractiveness)
                || !Objects.equals(newStrength, strength)
                || !Objects.equals(newCompleteness, completeness)
                || !Objects.equals(quadrant, this.quadrant)
                || !Objects.equals(explanation.modelId(), modelId);
        this.modelId = explanation.modelId();
        this.score = newScore;
        this.attractiveness = newAttractiveness;
        this.strength = newStrength;
        this.completeness = newCompleteness;
        this.quadrant = quadrant;
        this.explanation = explanation;
        this.computedAt = now;
        return changed;
    }

    /** Takes the new tier; returns the previous one. */
    public String retier(String tier) {
        String previous = this.tier;
        this.tier = tier;
        return previous;
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
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

    public Instant computedAt() {
        return computedAt;
    }
}
