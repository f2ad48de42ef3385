package kam.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RatingRulesTest {
    private static final Criterion FIT =
            new Criterion("fit", "Fit", null, 1.0, new Scale(1, 5, List.of()), Source.RATED, Axis.ATTRACTIVENESS);

    @Test
    void theMedianOfAnEvenNumberOfRatersIsTheMeanOfTheMiddleTwoAndTheMeanIsTheMean() {
        assertThat(RatingRules.Consensus.MEDIAN.of(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(RatingRules.Consensus.MEDIAN.of(List.of(5.0, 1.0, 2.0, 4.0))).isEqualTo(3.0);
        assertThat(RatingRules.Consensus.MEAN.of(List.of(5.0, 1.0, 3.0, 3.0))).isEqualTo(3.0);
        assertThat(RatingRules.Consensus.MEDIAN.of(List.of(5.0, 5.0, 5.0, 1.0))).isEqualTo(5.0);
    }

    @Test
    void ratersTwoLevelsApartOnAFiveLevelScaleAreFlaggedOneLevelApartAreNot() {
        RatingRules rules = RatingRules.DEFAULT;
        assertThat(rules.agreement(FIT, raters(2, 4)).flagged()).isTrue();
        assertThat(rules.agreement(FIT, raters(2, 3, 3)).flagged()).isFalse();
        assertThat(rules.agreement(FIT, raters(5)).flagged())
                .as("one rater cannot disagree")
                .isFalse();
        RatingRules.Agreement wide = rules.agreement(FIT, raters(1, 5, 4));
        assertThat(wide.spread()).isEqualTo(4.0);
        assertThat(wide.spreadLevels()).isEqualTo(4.0);
        assertThat(wide.consensus()).isEqualTo(4.0);
        assertThat(new RatingRules(RatingRules.Consensus.MEAN, 3)
                        .agreement(FIT, raters(2, 4))
                        .flagged())
                .isFalse();
    }

    @Test
    void aScaleWithoutDescribedLevelsReadsAsFiveLevelsAndOneWithThemAsItsOwn() {
        Criterion percent = new Criterion(
                "share", "Share", null, 1.0, new Scale(0, 100, List.of()), Source.RATED, Axis.ATTRACTIVENESS);
        assertThat(RatingRules.DEFAULT.agreement(percent, raters(25, 75)).spreadLevels())
                .isEqualTo(2.0);
        Scale three = new Scale(
                0, 10, List.of(new Scale.Level(0, "none"), new Scale.Level(5, "some"), new Scale.Level(10, "all")));
        assertThat(three.levelStep()).isEqualTo(5.0);
        assertThatThrownBy(() -> new RatingRules(RatingRules.Consensus.MEDIAN, 0))
                .isInstanceOf(RuleViolation.class);
    }

    private static List<RaterValue> raters(double... values) {
        return IntStream.range(0, values.length)
                .mapToObj(i -> new RaterValue("rater-" + i, values[i], Instant.EPOCH))
                .toList();
    }
}
