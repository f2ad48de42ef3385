package kam.scoring.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kam.scoring.model.ScoringModel;
import kam.scoring.rules.Axis;
import kam.scoring.rules.Contribution;
import kam.scoring.rules.Criterion;
import kam.scoring.rules.Quadrant;
import kam.scoring.rules.RaterValue;
import kam.scoring.rules.RatingRules;
import kam.scoring.rules.Score;
import kam.scoring.rules.Source;
import kam.scoring.rules.WeightedScore;

/** Scores one account under a model from its ratings and derived values. No framework needed. */
public final class Scorer {
    private Scorer() {}

    /**
     * @param ratings each rated criterion's raters, each with their latest rating; a rated criterion scores the
     *     consensus of its raters under the model's rating rules
     */
    public static Explanation explain(
            ScoringModel model, Map<String, List<RaterValue>> ratings, Map<Source, Double> derived) {
        Map<String, Double> values = new HashMap<>();
        List<RatingRules.Agreement> agreements = new ArrayList<>();
        for (Criterion criterion : model.criteria()) {
            if (criterion.source().derived()) {
                Double value = derived.get(criterion.source());
                if (value != null) {
                    values.put(criterion.key(), value);
                }
                continue;
            }
            List<RaterValue> raters = ratings.getOrDefault(criterion.key(), List.of());
            if (!raters.isEmpty()) {
                RatingRules.Agreement agreement = model.ratingRules().agreement(criterion, raters);
                agreements.add(agreement);
                values.put(criterion.key(), agreement.consensus());
            }
        }
        List<Criterion> all = model.criteria();
        return new Explanation(
                model.id(),
                rounded(WeightedScore.of(all, values)),
                rounded(WeightedScore.of(onAxis(all, Axis.ATTRACTIVENESS), values)),
                rounded(WeightedScore.of(onAxis(all, Axis.RELATIVE_STRENGTH), values)),
                agreements);
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
