package kam.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class WeightedScoreTest {
    private static final Scale ONE_TO_FIVE =
            new Scale(1, 5, List.of(new Scale.Level(1, "none"), new Scale.Level(5, "all")));
    private static final Scale MILLIONS = new Scale(0, 10_000_000, List.of());

    @Test
    void theScoreIsTheWeightedMeanOfNormalisedValuesWithEachContributionExplained() {
        List<Criterion> criteria = List.of(criterion("revenue", 3, MILLIONS), criterion("fit", 1, ONE_TO_FIVE));

        Score score = WeightedScore.of(criteria, Map.of("revenue", 5_000_000.0, "fit", 5.0));

        // (3 * 50 + 1 * 100) / 4
        assertThat(score.value()).isCloseTo(62.5, within(1e-9));
        assertThat(score.completeness()).isEqualTo(1.0);
        Contribution revenue = score.contributions().get(0);
        assertThat(revenue.rawValue()).isEqualTo(5_000_000.0);
        assertThat(revenue.normalised()).isCloseTo(50, within(1e-9));
        assertThat(revenue.share()).isCloseTo(0.75, within(1e-9));
        assertThat(revenue.contribution()).isCloseTo(37.5, within(1e-9));
        assertThat(score.contributions().stream()
                        .mapToDouble(Contribution::contribution)
                        .sum())
                .isCloseTo(score.value(), within(1e-9));
    }

    @Test
    void aMissingCriterionIsLeftOutAndTheOthersRenormalised() {
        List<Criterion> criteria = List.of(criterion("revenue", 3, MILLIONS), criterion("fit", 1, ONE_TO_FIVE));

        Score score = WeightedScore.of(criteria, Map.of("fit", 4.0));

        assertThat(score.value()).isCloseTo(75, within(1e-9));
        assertThat(score.completeness()).isCloseTo(0.25, within(1e-9));
        assertThat(score.contributions().get(0).rawValue()).isNull();
        assertThat(WeightedScore.of(criteria, Map.of()).value()).isNull();
    }

    @Test
    void weightsMustBePositiveAndScalesOrdered() {
        assertThatThrownBy(() -> criterion("fit", 0, ONE_TO_FIVE))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("criteria.fit.weight");
        assertThatThrownBy(() -> criterion("fit", -2, ONE_TO_FIVE)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new Scale(5, 1, List.of())).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new Scale(1, 5, List.of(new Scale.Level(7, "too high"))))
                .isInstanceOf(RuleViolation.class);
    }

    @RepeatedTest(200)
    void propertiesThatAlwaysHold() {
        Random random = new Random();
        List<Criterion> criteria = new ArrayList<>();
        Map<String, Double> values = new HashMap<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            double min = random.nextInt(10);
            Scale scale = new Scale(min, min + 1 + random.nextInt(100), List.of());
            criteria.add(criterion("c" + i, 0.01 + random.nextDouble() * 50, scale));
            if (random.nextInt(4) > 0) {
                values.put("c" + i, scale.min() - 5 + random.nextDouble() * (scale.max() - scale.min() + 10));
            }
        }
        Score score = WeightedScore.of(criteria, values);
        if (values.isEmpty()) {
            assertThat(score.value()).isNull();
            return;
        }
        // A score stays within 0 to 100.
        assertThat(score.value()).isBetween(0.0, 100.0);

        // Raising one criterion never lowers the score.
        String raised = values.keySet().iterator().next();
        Map<String, Double> higher = new HashMap<>(values);
        higher.put(raised, values.get(raised) + random.nextDouble() * 20);
        assertThat(WeightedScore.of(criteria, higher).value()).isGreaterThanOrEqualTo(score.value() - 1e-9);

        // Weights scaled together change nothing.
        double factor = 0.001 + random.nextDouble() * 1000;
        List<Criterion> scaled = criteria.stream()
                .map(c -> new Criterion(
                        c.key(), c.name(), c.description(), c.weight() * factor, c.scale(), c.source(), c.axis()))
                .toList();
        assertThat(WeightedScore.of(scaled, values).value()).isCloseTo(score.value(), within(1e-6));
        assertThat(WeightedScore.of(scaled, values).completeness()).isCloseTo(score.completeness(), within(1e-9));
    }

    private static Criterion criterion(String key, double weight, Scale scale) {
        return new Criterion(key, key, null, weight, scale, Source.RATED, Axis.ATTRACTIVENESS);
    }
}
