package kam.scoring.score;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What an account's score is at one moment: the scores per axis, completeness, tier and quadrant. The current score
 * and each history entry hold one; it never changes once made. The explanation is kept with the history entry only:
 * the current score's explanation is its latest entry's, and storing it twice doubled the cost of re-scoring.
 */
@Embeddable
public class ScoreState {
    private BigDecimal score;
    private BigDecimal attractiveness;
    private BigDecimal strength;
    private BigDecimal completeness;
    private String tier;
    private String quadrant;

    protected ScoreState() {}

    static ScoreState of(Explanation explanation, String quadrant, String tier) {
        ScoreState state = new ScoreState();
        state.score = decimal(explanation.overall().value());
        state.attractiveness = decimal(explanation.attractiveness().value());
        state.strength = decimal(explanation.strength().value());
        state.completeness = decimal(explanation.overall().completeness());
        state.quadrant = quadrant;
        state.tier = tier;
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

    BigDecimal scoreDecimal() {
        return score;
    }

    BigDecimal attractivenessDecimal() {
        return attractiveness;
    }

    BigDecimal strengthDecimal() {
        return strength;
    }

    BigDecimal completenessDecimal() {
        return completeness;
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
}
