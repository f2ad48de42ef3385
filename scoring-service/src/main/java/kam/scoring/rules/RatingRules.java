package kam.scoring.rules;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a model turns several raters' ratings of a criterion into the one value it scores (seed 000: ten senior
 * managers gave 56 answers to "which are our key accounts"), and how far apart they may be before the account is
 * flagged for calibration: {@code calibrationLevels} steps of the criterion's scale (2 on a 5-level scale: a 2 and a 4).
 */
@Schema(name = "RatingRules")
public record RatingRules(
        @Schema(description = "How the raters' values become the criterion's: MEDIAN (the default) or MEAN")
        Consensus consensus,

        @Schema(
                description = "Levels of the scale between the lowest and highest rating that flag the account; 2 by"
                        + " default")
        double calibrationLevels) {

    public static final RatingRules DEFAULT = new RatingRules(Consensus.MEDIAN, 2);

    public RatingRules {
        if (consensus == null) {
            throw new RuleViolation("ratingRules.consensus", "is required");
        }
        if (!(calibrationLevels > 0)) {
            throw new RuleViolation("ratingRules.calibrationLevels", "must be greater than 0");
        }
    }

    /** The consensus of several raters' values. */
    @Schema(name = "RatingConsensus")
    public enum Consensus {
        MEDIAN,
        MEAN;

        public double of(List<Double> values) {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("no values");
            }
            if (this == MEAN) {
                return values.stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow();
            }
            double[] sorted =
                    values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    /** The raters of one criterion, their consensus and how far apart they are. */
    @Schema(name = "CriterionRatings")
    public record Agreement(
            String criterionKey,
            double consensus,

            @Schema(description = "Highest rating minus lowest, in the scale's units")
            double spread,

            @Schema(description = "The spread in levels of the scale")
            double spreadLevels,

            @Schema(description = "The raters disagree by the model's calibration levels or more")
            boolean flagged,

            List<RaterValue> raters) {}

    /** The agreement of these raters (at least one) on a criterion. */
    public Agreement agreement(Criterion criterion, List<RaterValue> raters) {
        List<Double> values = raters.stream().map(RaterValue::value).toList();
        double spread = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double levels = spread / criterion.scale().levelStep();
        // A hair under the bound is rounding, not agreement: 2 levels of a 0..100 scale in five levels is 50.
        boolean flagged = raters.size() > 1 && levels >= calibrationLevels - 1e-9;
        return new Agreement(criterion.key(), consensus.of(values), spread, levels, flagged, List.copyOf(raters));
    }
}
