package kam.scoring.rules;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A compensatory weighted score: sum(w_i * s_i) / sum(w_i) over the criteria that have a value.
 *
 * @param value 0..100, or null when no criterion has a value
 * @param completeness the share of the total weight whose criteria have a value, 0..1
 */
public record Score(@Schema(nullable = true) Double value, double completeness, List<Contribution> contributions) {}
