package kam.scoring.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.scoring.rules.Source;
import org.junit.jupiter.api.Test;

class DerivedValuesTest {
    private static final Instant NOW = Instant.now();

    @Test
    void revenueGrowthMarginAndWalletComeFromTheLastTwelveMonthsOfPeriods() {
        AccountFact account = account("EMEA");
        // The latest period ends in 2026-Q4: the last 12 months are 2026's four quarters, the 12 before them 2025.
        account.record("2025", figures("800", "160", null), NOW);
        for (String quarter : List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")) {
            account.record(quarter, figures("250", "50", "2000"), NOW);
        }

        Map<Source, Double> values = DerivedValues.of(account, List.of(), true);

        assertThat(values.get(Source.REVENUE_12M)).isEqualTo(1000.0);
        assertThat(values.get(Source.REVENUE_GROWTH)).isCloseTo(25.0, within(1e-9));
        assertThat(values.get(Source.MARGIN)).isCloseTo(20.0, within(1e-9));
        assertThat(values.get(Source.SHARE_OF_WALLET)).isCloseTo(12.5, within(1e-9));
    }

    @Test
    void unitsRegionsAndCoverageComeFromTheHierarchyAndTheAccountService() {
        AccountFact group = account("EMEA");
        List<AccountFact> units = List.of(account("EMEA"), account("APAC"), account(null));

        Map<Source, Double> values = DerivedValues.of(group, units, false);

        assertThat(values.get(Source.UNITS)).isEqualTo(3.0);
        assertThat(values.get(Source.REGIONS)).isEqualTo(2.0);
        assertThat(values).doesNotContainKeys(Source.REVENUE_12M, Source.RELATIONSHIP_COVERAGE);
        group.coverage(3, NOW);
        assertThat(DerivedValues.of(group, units, false).get(Source.RELATIONSHIP_COVERAGE))
                .isEqualTo(3.0);
    }

    @Test
    void growthNeedsAYearBeforeAndMarginNeedsEveryPeriodsMargin() {
        AccountFact account = account("AMER");
        account.record("2026-09", figures("100", null, null), NOW);

        Map<Source, Double> values = DerivedValues.of(account, List.of(), true);

        assertThat(values.get(Source.REVENUE_12M)).isEqualTo(100.0);
        assertThat(values).doesNotContainKeys(Source.REVENUE_GROWTH, Source.MARGIN, Source.SHARE_OF_WALLET);
    }

    @Test
    void aGroupRolledUpCountsItsUnitsFiguresAsItsOwnAndStandingAloneOnlyItsOwn() {
        AccountFact group = account("EMEA");
        group.record("2026", figures("400", "40", "1000"), NOW);
        AccountFact unit = account("APAC");
        // A unit reporting by quarter sums into the group's year like the group's own figures.
        for (String quarter : List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")) {
            unit.record(quarter, figures("150", "30", "500"), NOW);
        }
        unit.record("2025", figures("500", "50", null), NOW);

        Map<Source, Double> rolledUp = DerivedValues.of(group, List.of(unit), true);
        Map<Source, Double> alone = DerivedValues.of(group, List.of(unit), false);

        assertThat(rolledUp.get(Source.REVENUE_12M)).isEqualTo(1000.0);
        assertThat(rolledUp.get(Source.MARGIN)).isCloseTo(16.0, within(1e-9));
        assertThat(rolledUp.get(Source.SHARE_OF_WALLET)).isCloseTo(33.3333, within(1e-3));
        assertThat(rolledUp.get(Source.REVENUE_GROWTH)).isCloseTo(100.0, within(1e-9));
        assertThat(rolledUp.get(Source.REGIONS)).isEqualTo(2.0);
        assertThat(alone.get(Source.REVENUE_12M)).isEqualTo(400.0);
        assertThat(alone).doesNotContainKey(Source.REVENUE_GROWTH);
        assertThat(alone.get(Source.UNITS))
                .isEqualTo(rolledUp.get(Source.UNITS))
                .isEqualTo(1.0);
    }

    private static AccountFact account(String region) {
        AccountFact fact = AccountFact.of(UUID.randomUUID());
        fact.describe("Account", "ACTIVE", null, region, "EUR", "amelia", NOW);
        return fact;
    }

    private static PeriodFigures figures(String revenue, String margin, String spend) {
        return new PeriodFigures(
                new BigDecimal(revenue),
                margin == null ? null : new BigDecimal(margin),
                spend == null ? null : new BigDecimal(spend));
    }
}
