package kam.scoring.score;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What an account's score is at one moment: the scores per axis, completeness, tier, quadrant and the explanation.
 * The current score and each history entry hold one; it never changes once made.
 */
@Embeddable
public class ScoreState {
    private BigDecimal score;
    private BigDecimal attractiveness;
    private BigDecimal strength;
    private BigDecimal completeness;
    private String tier;
    private String quadrant;

    @JdbcTypeCode(SqlTypes.JSON)
    private Explanation explanation;

    protected ScoreState() {}

    static ScoreState of(Explanation explanation, String quadrant, String tier) {
        ScoreState state = new ScoreState();
        state.score = decimal(explanation.overall().value());
        state.attractiveness = decimal(explanation.attractiveness().value());
        state.strength = decimal(explanation.strength().value());
        state.completeness = decimal(explanation.overall().completeness());
        state.quadrant = quadrant;
        state.tier = tier;
        state.explanation = explanation;
        return state;
    }

    ScoreState withTier(String newTier) {
        ScoreState state = new ScoreState();
        state.score = score;
        state.attractiveness = attractiveness;
        state.strength = strength;
        state.completeness = completeness;
        state.quadrant = quadrant;
        state.tier = newTier;
        state.explanation = explanation;
        return state;
    }

    /** Whether a reader would see the same figures, tier aside. */
    boolean sameFiguresAs(ScoreState other) {
        return other != null
                && Objects.equals(score, other.score)
                && Objects.equals(attractiveness, other.attractiveness)
                && Objects.equals(strength, other.strength)
                && Objects.equals(completeness, other.completeness)
                && Objects.equals(quadrant, other.quadrant);
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    private static Double value(BigDecimal decimal) {
        return decimal == null ? null : decimal.doubleValue();
    }

    public Double score() {
        return value(score);
    }

    public Double attractiveness() {
        return value(attractiveness);
    }

    public Double strength() {
        return value(strength);
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
}
