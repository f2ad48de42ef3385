package kam.scoring.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One selection criterion of a scoring model. Weights are any positive numbers; they need not add up to 100. */
public record Criterion(
        String key,
        String name,
        @Schema(nullable = true) String description,
        double weight,
        Scale scale,
        Source source,
        Axis axis) {
    public Criterion {
        if (key == null || !key.matches("[a-z][a-zA-Z0-9]{0,59}")) {
            throw new RuleViolation("key", "must be a camelCase key");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new RuleViolation("criteria." + key + ".weight", "must be a positive number");
        }
        if (scale == null || source == null || axis == null) {
            throw new RuleViolation("criteria." + key, "needs a scale, a source and an axis");
        }
    }
}
