package kam.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortfolioRulesTest {

    @Test
    void tiersGoByLowerBoundAndTheCapEndsKeyAccountStatus() {
        TierScheme scheme = TierScheme.goldSilverBronze();
        assertThat(scheme.tierFor(70.0)).contains("Gold");
        assertThat(scheme.tierFor(69.99)).contains("Silver");
        assertThat(scheme.tierFor(29.0)).isEmpty();
        assertThat(scheme.tierFor(null)).isEmpty();

        TierScheme capped = new TierScheme("Capped", scheme.tiers(), 2);
        Map<String, Optional<String>> tiers =
                capped.assign(List.of(Map.entry("a", 90.0), Map.entry("b", 60.0), Map.entry("c", 55.0)));
        assertThat(tiers).containsEntry("a", Optional.of("Gold")).containsEntry("b", Optional.of("Silver"));
        assertThat(tiers.get("c")).isEmpty();
    }

    @Test
    void overlappingOrUnorderedBoundsAreRefusedNamingTheTier() {
        assertThatThrownBy(() -> new TierScheme(
                        "Bad", List.of(new TierScheme.Tier("Premier", 60), new TierScheme.Tier("First", 60)), null))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("tiers[1].lowerBound");
        assertThatThrownBy(() -> new TierScheme(
                        "Bad", List.of(new TierScheme.Tier("Low", 20), new TierScheme.Tier("High", 80)), null))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new TierScheme("Bad", List.of(new TierScheme.Tier("X", 120)), null))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new TierScheme("Bad", List.of(new TierScheme.Tier("X", 50)), 0))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("cap");
    }

    @Test
    void theMatrixCutsBothAxesAtTheMidpoint() {
        assertThat(Quadrant.of(80, 80, 50)).isEqualTo(Quadrant.STRATEGIC);
        assertThat(Quadrant.of(80, 20, 50)).isEqualTo(Quadrant.STAR);
        assertThat(Quadrant.of(20, 80, 50)).isEqualTo(Quadrant.STATUS);
        assertThat(Quadrant.of(20, 20, 50)).isEqualTo(Quadrant.LAGGARD);
        assertThat(Quadrant.of(50, 50, 50)).isEqualTo(Quadrant.STRATEGIC);
        assertThat(Quadrant.of(60, 60, 70)).isEqualTo(Quadrant.LAGGARD);
    }

    @Test
    void lifetimeValueFollowsBothFormulas() {
        // 100 * 0.8 / (1 + 0.1 - 0.8) - 50
        assertThat(CustomerLifetimeValue.infinite(100, 0.8, 0.1, 50)).isCloseTo(216.6667, within(1e-3));
        // 100/1.1 + 100*0.8/1.21 + 100*0.64/1.331
        assertThat(CustomerLifetimeValue.finite(List.of(100.0, 100.0, 100.0), 0.8, 0.1))
                .isCloseTo(90.9091 + 66.1157 + 48.0841, within(1e-3));
        assertThatThrownBy(() -> CustomerLifetimeValue.infinite(100, 1.0, 0.1, 0))
                .isInstanceOf(RuleViolation.class);
        // The finite sum approaches the infinite one (without acquisition cost) over a long horizon.
        List<Double> margins = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            margins.add(100.0);
        }
        assertThat(CustomerLifetimeValue.finite(margins, 0.8, 0.1) * 0.8)
                .isCloseTo(CustomerLifetimeValue.infinite(100, 0.8, 0.1, 0), within(1e-6));
    }

    @Test
    void aParetoCurveOfAnySizeIsSampledToItsLastPointWithoutSteppingPastIt() {
        // 109 accounts once made the sample ask for point 110: every revenue event then failed in concentration.
        for (int size = 1; size <= 2_000; size++) {
            List<Double> revenues = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                revenues.add(1.0 + i);
            }
            List<Concentration.ParetoPoint> curve = Concentration.paretoCurve(revenues);
            List<Concentration.ParetoPoint> sample = Concentration.sampled(curve, 100);
            assertThat(sample).hasSize(Math.min(size, 100));
            assertThat(sample.get(sample.size() - 1)).isEqualTo(curve.get(size - 1));
        }
    }

    @Test
    void concentrationOfTheRealCase() {
        // 20 accounts with 93 % of revenue, 423 with the other 7 %.
        List<Double> revenues = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            revenues.add(93.0 / 20);
        }
        for (int i = 0; i < 423; i++) {
            revenues.add(7.0 / 423);
        }
        assertThat(Concentration.topShare(revenues, 20)).isCloseTo(0.93, within(1e-9));
        List<Concentration.ParetoPoint> curve = Concentration.paretoCurve(revenues);
        assertThat(curve).hasSize(443);
        assertThat(curve.get(19).revenueShare()).isCloseTo(0.93, within(1e-9));
        assertThat(curve.get(442).revenueShare()).isCloseTo(1.0, within(1e-9));
        // 20 * 4.65^2 + 423 * (7/423)^2
        assertThat(Concentration.herfindahlHirschman(revenues)).isCloseTo(432.45 + 0.1158, within(1e-2));
        assertThat(Concentration.herfindahlHirschman(List.of(5.0))).isEqualTo(10_000.0);

        Map<String, Double> groups = new LinkedHashMap<>();
        groups.put("Northwind group", 30.0);
        groups.put("Contoso", 9.99);
        groups.put("Others", 60.01);
        assertThat(Concentration.flags(groups, Concentration.DEFAULT_FLAG_SHARE))
                .extracting(Concentration.Flag::group)
                .containsExactly("Others", "Northwind group");
    }

    @Test
    void alignmentComparesNominationsWithTheScoredList() {
        List<String> scored = List.of("a", "b", "c", "d", "e", "f");
        Alignment.Comparison same = Alignment.compare(List.of("a", "b", "c"), scored);
        assertThat(same.overlap()).isEqualTo(1.0);
        assertThat(same.rankCorrelation()).isEqualTo(1.0);

        Alignment.Comparison reversed = Alignment.compare(List.of("c", "b", "a"), scored);
        assertThat(reversed.rankCorrelation()).isEqualTo(-1.0);

        Alignment.Comparison partly = Alignment.compare(List.of("a", "f", "b"), scored);
        assertThat(partly.inScoredTop()).isEqualTo(2);
        assertThat(partly.overlap()).isCloseTo(2 / 3.0, within(1e-9));

        assertThat(Alignment.distinctAccounts(List.of(List.of("a", "b"), List.of("b", "z"))))
                .isEqualTo(3);
    }
}
