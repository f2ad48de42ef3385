package kam.scoring.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kam.platform.events.scoring.ConcentrationAlert;
import kam.platform.events.scoring.ConcentrationMeasured;
import kam.platform.messaging.Outbox;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.facts.Holding;
import kam.scoring.rules.Concentration;

/**
 * Revenue concentration over the portfolio: top-k share, Pareto curve, Herfindahl-Hirschman index, and the customer
 * groups (an account with all its units) holding the threshold share or more. Revenue is the last 12 months'.
 */
@ApplicationScoped
public class PortfolioConcentration {
    private static final int CURVE_POINTS = 100;
    /** The k of the top-k share that concentration measures carry: DOMAIN.md's real case is told by the top 20. */
    private static final int MEASURED_TOP = 20;

    private final AccountFactRepository facts;
    private final ConcentrationFlagRepository flags;
    private final ConcentrationMeasureRepository measures;
    private final Outbox outbox;

    public PortfolioConcentration(
            AccountFactRepository facts,
            ConcentrationFlagRepository flags,
            ConcentrationMeasureRepository measures,
            Outbox outbox) {
        this.facts = facts;
        this.flags = flags;
        this.measures = measures;
        this.outbox = outbox;
    }

    public record GroupShare(UUID groupId, String name, double revenue, double share) {}

    public record Report(
            int accounts,
            int groups,
            double totalRevenue,
            int k,
            double topShare,
            double herfindahlHirschman,
            List<Concentration.ParetoPoint> paretoCurve,
            double flagThreshold,
            List<GroupShare> flagged) {}

    public Report report(int k, double threshold) {
        List<Holding> accounts = facts.revenueOfActiveAccounts();
        List<Double> revenues = accounts.stream().map(Holding::revenue).toList();
        Map<UUID, Double> byGroup = revenueByGroup(accounts);
        Map<UUID, String> names = new HashMap<>();
        accounts.forEach(a -> names.put(a.accountId(), a.name()));
        double total = revenues.stream().mapToDouble(r -> Math.max(0, r)).sum();
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
                total,
                k,
                Concentration.topShare(revenues, k),
                Concentration.herfindahlHirschman(List.copyOf(byGroup.values())),
                Concentration.sampled(Concentration.paretoCurve(revenues), CURVE_POINTS),
                threshold,
                flagged);
    }

    /**
     * Publishes an alert for each group that crossed the default threshold since the last check, and the measure when
     * it moved (as rounded for publishing, so that small revenue changes stay quiet).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void alertOnNewFlags() {
        Report report = report(MEASURED_TOP, Concentration.DEFAULT_FLAG_SHARE);
        Instant now = Instant.now();
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
