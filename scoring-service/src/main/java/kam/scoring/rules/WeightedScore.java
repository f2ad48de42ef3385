package kam.scoring.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores an account on a set of criteria: each value normalised to 0..100 on its scale, then weighted. A criterion
 * with no value is left out and the remaining weights renormalised, so an account that misses some criteria can
 * still qualify on others; the score reports how complete it is.
 */
public final class WeightedScore {
    private WeightedScore() {}

    public static Score of(List<Criterion> criteria, Map<String, Double> values) {
        double totalWeight = 0;
        double presentWeight = 0;
        double weighted = 0;
        for (Criterion criterion : criteria) {
            totalWeight += criterion.weight();
            Double value = values.get(criterion.key());
            if (value != null) {
                presentWeight += criterion.weight();
                weighted += criterion.weight() * criterion.scale().normalise(value);
            }
        }
        List<Contribution> contributions = new ArrayList<>(criteria.size());
        for (Criterion criterion : criteria) {
            Double value = values.get(criterion.key());
            if (value == null) {
                contributions.add(new Contribution(criterion.key(), null, null, criterion.weight(), 0, 0));
            } else {
                double normalised = criterion.scale().normalise(value);
                double share = criterion.weight() / presentWeight;
                contributions.add(new Contribution(
                        criterion.key(), value, normalised, criterion.weight(), share, normalised * share));
            }
        }
        Double score = presentWeight == 0 ? null : clamp(weighted / presentWeight);
        double completeness = totalWeight == 0 ? 0 : presentWeight / totalWeight;
        return new Score(score, completeness, List.copyOf(contributions));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, value));
    }
}
