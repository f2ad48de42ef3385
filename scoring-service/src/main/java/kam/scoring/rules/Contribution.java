package kam.scoring.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How one criterion made up a score.
 *
 * @param rawValue the value as rated or derived; null when missing, which leaves the criterion out
 * @param normalised the value on 0..100; null when missing
 * @param share the weight's share among the criteria that have a value (0 when missing)
 * @param contribution points of the score this criterion gives: normalised x share
 */
public record Contribution(
        String key,
        @Schema(nullable = true) Double rawValue,
        @Schema(nullable = true) Double normalised,
        double weight,
        double share,
        double contribution) {}
