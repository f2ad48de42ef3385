package kam.scoring.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kam.scoring.model.ScoringModel;
import kam.scoring.rules.Axis;
import kam.scoring.rules.Contribution;
import kam.scoring.rules.Criterion;
import kam.scoring.rules.Quadrant;
import kam.scoring.rules.Score;
import kam.scoring.rules.Source;
import kam.scoring.rules.WeightedScore;

/** Scores one account under a model from its ratings and derived values. No framework needed. */
public final class Scorer {
    private Scorer() {}

    public static Explanation explain(ScoringModel model, Map<String, Double> ratings, Map<Source, Double> derived) {
        Map<String, Double> values = new HashMap<>();
        for (Criterion criterion : model.criteria()) {
            Double value =
                    criterion.source().derived() ? derived.get(criterion.source()) : ratings.get(criterion.key());
            if (value != null) {
                values.put(criterion.key(), value);
            }
        }
        List<Criterion> all = model.criteria();
        return new Explanation(
                model.id(),
                rounded(WeightedScore.of(all, values)),
                rounded(WeightedScore.of(onAxis(all, Axis.ATTRACTIVENESS), values)),
                rounded(WeightedScore.of(onAxis(all, Axis.RELATIVE_STRENGTH), values)));
    }

    /**
     * To the 4 decimals the score is kept with: more digits say nothing to a reader and only make every stored
     * explanation and every event longer.
     */
    private static Score rounded(Score score) {
        return new Score(
                round(score.value()),
                round(score.completeness()),
                score.contributions().stream()
                        .map(c -> new Contribution(
                                c.key(),
                                round(c.rawValue()),
                                round(c.normalised()),
                                c.weight(),
                                round(c.share()),
                                round(c.contribution())))
                        .toList());
    }

    private static Double round(Double value) {
        return value == null ? null : round(value.doubleValue());
    }

    private static double round(double value) {
        // Beyond 1e14 the scaled value would not fit a long; such figures have no fraction worth keeping anyway.
        return Math.abs(value) >= 1e14 ? value : Math.round(value * 10_000) / 10_000.0;
    }

    /** The quadrant, when both axes have a score. */
    public static String quadrant(Explanation explanation, double midpoint) {
        Double attractiveness = explanation.attractiveness().value();
        Double strength = explanation.strength().value();
        if (attractiveness == null || strength == null) {
            return null;
        }
        return Quadrant.of(attractiveness, strength, midpoint).name();
    }

    private static List<Criterion> onAxis(List<Criterion> criteria, Axis axis) {
        return criteria.stream().filter(c -> c.axis() == axis).toList();
    }
}
