package kam.scoring.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import kam.scoring.rules.Source;

/**
 * The values of the derived criteria of one account, from its figures and its units. Revenue of the last 12 months
 * sums the periods that fall within the 12 months ending with the latest period recorded; growth compares it with
 * the 12 months before. A value that cannot be derived is absent, and the criterion is left out of the score.
 */
public final class DerivedValues {
    private DerivedValues() {}

    /** Revenue, margin and category spend of the 12 months ending with the latest period; zeros without figures. */
    public static LastTwelveMonths lastTwelveMonths(AccountFact account) {
        Map<String, PeriodFigures> figures = account.revenue();
        Integer latestEnd = figures.keySet().stream()
                .map(Periods::endMonth)
                .max(Integer::compare)
                .orElse(null);
        if (latestEnd == null) {
            return new LastTwelveMonths(0, 0, 0);
        }
        Totals last = Totals.within(figures.entrySet(), latestEnd - 12, latestEnd);
        return new LastTwelveMonths(last.revenue, last.margin, last.categorySpend);
    }

    /** The sums of one account's last 12 months. */
    public record LastTwelveMonths(double revenue, double margin, double categorySpend) {}

    /**
     * The derived values of an account with its units (at any depth). Rolled up, its figures are its own and its
     * units' together (the group as one customer); otherwise its own alone.
     */
    public static Map<Source, Double> of(AccountFact account, List<AccountFact> units, boolean rollUp) {
        Map<Source, Double> values = new EnumMap<>(Source.class);
        List<Map.Entry<String, PeriodFigures>> figures =
                new ArrayList<>(account.revenue().entrySet());
        if (rollUp) {
            units.forEach(unit -> figures.addAll(unit.revenue().entrySet()));
        }
        Integer latestEnd = figures.stream()
                .map(entry -> Periods.endMonth(entry.getKey()))
                .max(Integer::compare)
                .orElse(null);
        if (latestEnd != null) {
            Totals last = Totals.within(figures, latestEnd - 12, latestEnd);
            Totals before = Totals.within(figures, latestEnd - 24, latestEnd - 12);
            values.put(Source.REVENUE_12M, last.revenue);
            if (before.revenue > 0 && before.complete) {
                values.put(Source.REVENUE_GROWTH, (last.revenue - before.revenue) / before.revenue * 100);
            }
            if (last.revenue > 0 && last.marginKnown) {
                values.put(Source.MARGIN, last.margin / last.revenue * 100);
            }
            if (last.categorySpend > 0) {
                values.put(Source.SHARE_OF_WALLET, last.revenue / last.categorySpend * 100);
            }
        }
        values.put(Source.UNITS, (double) units.size());
        Set<String> regions = units.stream().map(AccountFact::region).collect(Collectors.toCollection(HashSet::new));
        regions.add(account.region());
        regions.removeIf(Objects::isNull);
        values.put(Source.REGIONS, (double) regions.size());
        if (account.coverageStatus() != null) {
            values.put(Source.RELATIONSHIP_COVERAGE, (double) account.coverageStatus());
        }
        return values;
    }

    /** Sums over the periods that end after {@code fromMonth} and no later than {@code toMonth}. */
    private record Totals(double revenue, double margin, double categorySpend, boolean marginKnown, boolean complete) {
        static Totals within(Collection<Map.Entry<String, PeriodFigures>> figures, int fromMonth, int toMonth) {
            double revenue = 0;
            double margin = 0;
            double spend = 0;
            boolean marginKnown = true;
            boolean any = false;
            for (Map.Entry<String, PeriodFigures> entry : figures) {
                int end = Periods.endMonth(entry.getKey());
                if (end > fromMonth && end <= toMonth) {
                    any = true;
                    PeriodFigures f = entry.getValue();
                    revenue += value(f.revenue());
                    margin += value(f.margin());
                    spend += value(f.categorySpend());
                    marginKnown &= f.margin() != null;
                }
            }
            return new Totals(revenue, margin, spend, marginKnown && any, any);
        }

        private static double value(BigDecimal amount) {
            return amount == null ? 0 : amount.doubleValue();
        }
    }
}
