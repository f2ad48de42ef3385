package kam.scoring.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import kam.scoring.facts.Holding;
import kam.scoring.portfolio.PortfolioConcentration.By;
import kam.scoring.portfolio.PortfolioConcentration.Report;
import org.junit.jupiter.api.Test;

/** Concentration by customer group, in one currency, on a portfolio shaped like the demo (DOMAIN.md's real case). */
class PortfolioConcentrationTest {
    private static final Map<String, BigDecimal> NO_RATES = Map.of();

    @Test
    void theDemosTwentyGroupsHoldAbout93PercentWhereTheirUnitsApartHoldLess() {
        List<Holding> demo = demoShaped("EUR");

        Report byGroup = PortfolioConcentration.measure(demo, 20, 0.10, By.GROUP, "EUR", NO_RATES);
        assertThat(byGroup.topShare()).isBetween(0.90, 0.96);
        assertThat(byGroup.accounts()).isEqualTo(440);
        assertThat(byGroup.groups()).isEqualTo(400);
        assertThat(byGroup.paretoCurve().get(byGroup.paretoCurve().size() - 1).customers())
                .isEqualTo(400);

        // Units counted apart split each group in three: the top 20 accounts are only part of the top 20 groups.
        Report byAccount = PortfolioConcentration.measure(demo, 20, 0.10, By.ACCOUNT, "EUR", NO_RATES);
        assertThat(byAccount.topShare()).isLessThan(0.80);
        assertThat(byAccount
                        .paretoCurve()
                        .get(byAccount.paretoCurve().size() - 1)
                        .customers())
                .isEqualTo(440);
        // HHI and the 10 % flags count groups in both views.
        assertThat(byAccount.herfindahlHirschman()).isEqualTo(byGroup.herfindahlHirschman());
        assertThat(byAccount.flagged()).isEqualTo(byGroup.flagged());
        assertThat(byGroup.totalRevenue()).isCloseTo(byAccount.totalRevenue(), within(1e-3));
    }

    @Test
    void revenueInAnotherCurrencyIsConvertedBeforeItIsSummed() {
        UUID euro = UUID.randomUUID();
        UUID dollar = UUID.randomUUID();
        List<Holding> accounts = List.of(
                new Holding(euro, null, "Euro plc", 1_000_000, "EUR"),
                new Holding(dollar, null, "Dollar Inc", 1_000_000, "USD"));

        Report report = PortfolioConcentration.measure(
                accounts, 1, 0.10, By.GROUP, "EUR", Map.of("USD", new BigDecimal("0.5")));

        assertThat(report.currency()).isEqualTo("EUR");
        assertThat(report.totalRevenue()).isCloseTo(1_500_000, within(1e-6));
        assertThat(report.topShare()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(report.flagged().get(0).groupId()).isEqualTo(euro);
    }

    @Test
    void aCurrencyWithoutARateIsRefusedByNameNeverSummed() {
        List<Holding> accounts = List.of(
                new Holding(UUID.randomUUID(), null, "Euro plc", 1_000_000, "EUR"),
                new Holding(UUID.randomUUID(), null, "Yen KK", 90_000_000, "JPY"),
                new Holding(UUID.randomUUID(), null, "Dollar Inc", 1_000_000, "USD"));

        assertThatThrownBy(() -> PortfolioConcentration.measure(
                        accounts, 20, 0.10, By.GROUP, "EUR", Map.of("USD", new BigDecimal("0.9"))))
                .isInstanceOf(PortfolioConcentration.UnknownRates.class)
                .hasMessageContaining("JPY")
                .hasMessageNotContaining("for USD");
    }

    /** 20 groups (a parent with 60 % and two units with 20 % each) with 93 % of revenue, 380 small accounts with 7 %. */
    private static List<Holding> demoShaped(String currency) {
        Random random = new Random(7);
        double total = 500_000_000;
        double[] weights = new double[20];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 / Math.pow(i + 1, 0.8);
            sum += weights[i];
        }
        List<Holding> accounts = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            double group = total * 0.93 * weights[i] / sum;
            UUID parent = UUID.randomUUID();
            accounts.add(new Holding(parent, null, "Group " + i, group * 0.6, currency));
            accounts.add(new Holding(UUID.randomUUID(), parent, "Group " + i + " UK", group * 0.2, currency));
            accounts.add(new Holding(UUID.randomUUID(), parent, "Group " + i + " Germany", group * 0.2, currency));
        }
        for (int i = 0; i < 380; i++) {
            double revenue = total * 0.07 / 380 * Math.exp(random.nextGaussian() * 0.6 - 0.18);
            accounts.add(new Holding(UUID.randomUUID(), null, "Customer " + i, revenue, currency));
        }
        return accounts;
    }
}
