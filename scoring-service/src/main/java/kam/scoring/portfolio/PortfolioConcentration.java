package kam.scoring.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kam.platform.events.scoring.ConcentrationAlert;
import kam.platform.events.scoring.ConcentrationMeasured;
import kam.platform.messaging.Outbox;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.facts.Holding;
import kam.scoring.rules.Concentration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * Revenue concentration over the portfolio: top-k share, Pareto curve, Herfindahl-Hirschman index, and the customer
 * groups holding the threshold share or more. Customers are customer groups (an account with all its units counts
 * once, as companies under common control are one customer), or accounts where {@link By#ACCOUNT} is asked for. Revenue
 * is the last 12 months', converted to the reporting currency ({@link ReportingCurrency}) before anything is summed.
 */
@ApplicationScoped
public class PortfolioConcentration {
    private static final Logger LOG = Logger.getLogger(PortfolioConcentration.class);
    private static final int CURVE_POINTS = 100;
    /** The k of the top-k share that concentration measures carry: DOMAIN.md's real case is told by the top 20. */
    private static final int MEASURED_TOP = 20;

    private final AccountFactRepository facts;
    private final ConcentrationFlagRepository flags;
    private final ConcentrationMeasureRepository measures;
    private final Outbox outbox;
    private final ReportingCurrency reporting;
    private final Clock clock;

    public PortfolioConcentration(
            AccountFactRepository facts,
            ConcentrationFlagRepository flags,
            ConcentrationMeasureRepository measures,
            Outbox outbox,
            ReportingCurrency reporting,
            Clock clock) {
        this.facts = facts;
        this.flags = flags;
        this.measures = measures;
        this.outbox = outbox;
        this.reporting = reporting;
        this.clock = clock;
    }

    /** Who counts as one customer in the top-k share and the Pareto curve. */
    public enum By {
        /** A customer group: an account with all its units, at any depth. */
        GROUP,
        /** Each account on its own, units apart from their group. */
        ACCOUNT
    }

    public record GroupShare(UUID groupId, String name, double revenue, double share) {}

    public record Report(
            int accounts,
            int groups,

            @Schema(description = "Who counts as one customer in topShare and paretoCurve")
            By by,

            @Schema(description = "ISO 4217 code of totalRevenue and of each flagged group's revenue")
            String currency,

            double totalRevenue,
            int k,
            double topShare,
            double herfindahlHirschman,
            List<Concentration.ParetoPoint> paretoCurve,
            double flagThreshold,
            List<GroupShare> flagged) {}

    /** Revenue in currencies the rate table does not know: summing it with the rest would be wrong. */
    public static final class UnknownRates extends RuntimeException {
        private final Set<String> currencies;

        UnknownRates(Set<String> currencies, String reportingCurrency) {
            super("no rate to " + reportingCurrency + " is set for " + String.join(", ", currencies)
                    + " (kam.reporting.rates." + currencies.iterator().next() + ")");
            this.currencies = currencies;
        }

        public Set<String> currencies() {
            return currencies;
        }
    }

    /** @throws UnknownRates when an account's revenue is in a currency without a rate to the reporting currency */
    public Report report(int k, double threshold, By by) {
        return measure(facts.revenueOfActiveAccounts(), k, threshold, by, reporting.currency(), reporting.rates());
    }

    /** The report over {@code accounts}, each account's revenue converted with {@code rates} first. */
    static Report measure(
            List<Holding> accounts, int k, double threshold, By by, String currency, Map<String, BigDecimal> rates) {
        List<Holding> converted = inCurrency(accounts, currency, rates);
        Map<UUID, Double> byGroup = revenueByGroup(converted);
        List<Double> customers = by == By.GROUP
                ? List.copyOf(byGroup.values())
                : converted.stream().map(Holding::revenue).toList();
        Map<UUID, String> names = new HashMap<>();
        converted.forEach(a -> names.put(a.accountId(), a.name()));
        double total = customers.stream().mapToDouble(r -> Math.max(0, r)).sum();
        List<GroupShare> flagged = Concentration.flags(
                        byGroup.entrySet().stream()
                                .collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue)),
                        threshold)
                .stream()
                .map(flag -> {
                    UUID group = UUID.fromString(flag.group());
                    return new GroupShare(group, names.get(group), byGroup.get(group), flag.share());
                })
                .toList();
        return new Report(
                accounts.size(),
                byGroup.size(),
                by,
                currency,
                total,
                k,
                Concentration.topShare(customers, k),
                Concentration.herfindahlHirschman(List.copyOf(byGroup.values())),
                Concentration.sampled(Concentration.paretoCurve(customers), CURVE_POINTS),
                threshold,
                flagged);
    }

    private static List<Holding> inCurrency(List<Holding> accounts, String currency, Map<String, BigDecimal> rates) {
        Set<String> unknown = new TreeSet<>();
        List<Holding> converted = new ArrayList<>(accounts.size());
        for (Holding account : accounts) {
            if (account.revenue() == 0 || currency.equals(account.currency())) {
                converted.add(account);
                continue;
            }
            BigDecimal rate = account.currency() == null ? null : rates.get(account.currency());
            if (rate == null) {
                unknown.add(account.currency() == null ? "(no currency)" : account.currency());
                continue;
            }
            converted.add(new Holding(
                    account.accountId(),
                    account.parentId(),
                    account.name(),
                    account.revenue() * rate.doubleValue(),
                    currency));
        }
        if (!unknown.isEmpty()) {
            throw new UnknownRates(unknown, currency);
        }
        return converted;
    }

    /**
     * Publishes an alert for each group that crossed the default threshold since the last check, and the measure when
     * it moved (as rounded for publishing, so that small revenue changes stay quiet).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void alertOnNewFlags() {
        Report report;
        try {
            report = report(MEASURED_TOP, Concentration.DEFAULT_FLAG_SHARE, By.GROUP);
        } catch (UnknownRates e) {
            // Publishing a sum across currencies would mislead finance; nothing is measured until a rate is set.
            LOG.warnf("concentration not measured: %s", e.getMessage());
            return;
        }
        Instant now = clock.instant();
        publishMeasureIfMoved(report, now);
        Set<UUID> nowFlagged = new HashSet<>();
        for (GroupShare group : report.flagged()) {
            nowFlagged.add(group.groupId());
            if (flags.findById(group.groupId()) == null) {
                flags.persist(ConcentrationFlag.of(group.groupId(), group.share(), now));
                outbox.publish(new ConcentrationAlert(
                        group.groupId(), group.name(), group.share(), Concentration.DEFAULT_FLAG_SHARE));
            }
        }
        // A group that fell below the threshold may alert again when it next crosses it.
        flags.listAll().stream().filter(f -> !nowFlagged.contains(f.groupId())).forEach(flags::delete);
    }

    private void publishMeasureIfMoved(Report report, Instant now) {
        ConcentrationMeasured measured = new ConcentrationMeasured(
                ConcentrationMeasured.PORTFOLIO,
                report.accounts(),
                report.groups(),
                rounded(report.topShare(), 4),
                rounded(report.herfindahlHirschman(), 1),
                report.flagged().stream()
                        .map(g -> new ConcentrationMeasured.Group(g.groupId(), g.name(), rounded(g.share(), 4)))
                        .toList());
        ConcentrationMeasure last = measures.findById(ConcentrationMeasure.PORTFOLIO_ROW);
        if (last == null) {
            measures.persist(ConcentrationMeasure.of(measured, now));
            outbox.publish(measured);
        } else if (last.replaceWith(measured, now)) {
            outbox.publish(measured);
        }
    }

    private static double rounded(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /** Companies under common control count as one: each account's revenue goes to its top-most group. */
    private static Map<UUID, Double> revenueByGroup(List<Holding> accounts) {
        Map<UUID, Holding> byId = accounts.stream().collect(Collectors.toMap(Holding::accountId, Function.identity()));
        Map<UUID, Double> byGroup = new HashMap<>();
        for (Holding account : accounts) {
            Holding top = account;
            Set<UUID> seen = new HashSet<>();
            while (top.parentId() != null && byId.containsKey(top.parentId()) && seen.add(top.accountId())) {
                top = byId.get(top.parentId());
            }
            byGroup.merge(top.accountId(), account.revenue(), Double::sum);
        }
        return byGroup;
    }
}
