package kam.scoring.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How concentrated revenue is across customers. Companies under common control count as one: callers pass revenue
 * per customer group.
 */
public final class Concentration {
    /** The share of revenue from which one customer group is flagged (DOMAIN.md: 10 % or more). */
    public static final double DEFAULT_FLAG_SHARE = 0.10;

    private Concentration() {}

    /** A point of the Pareto curve: the top {@code customers} hold {@code revenueShare} of revenue. */
    public record ParetoPoint(int customers, double customerShare, double revenueShare) {}

    /** A customer group holding at least the flag share of revenue. */
    public record Flag(String group, double share) {}

    /** The share of total revenue held by the {@code k} largest customers, 0..1. */
    public static double topShare(List<Double> revenues, int k) {
        double total = total(revenues);
        if (total <= 0) {
            return 0;
        }
        return descending(revenues).stream()
                        .limit(k)
                        .mapToDouble(Double::doubleValue)
                        .sum()
                / total;
    }

    /** The cumulative share of revenue against the cumulative share of customers, largest first. */
    public static List<ParetoPoint> paretoCurve(List<Double> revenues) {
        double total = total(revenues);
        List<Double> sorted = descending(revenues);
        List<ParetoPoint> curve = new ArrayList<>(sorted.size());
        double cumulative = 0;
        for (int i = 0; i < sorted.size(); i++) {
            cumulative += sorted.get(i);
            curve.add(new ParetoPoint(i + 1, (i + 1) / (double) sorted.size(), total <= 0 ? 0 : cumulative / total));
        }
        return curve;
    }

    /**
     * At most {@code points} points of the curve, evenly spread and ending on its last point: what a chart needs of a
     * portfolio of any size. Integer arithmetic, so that no rounding can step past the end.
     */
    public static List<ParetoPoint> sampled(List<ParetoPoint> curve, int points) {
        if (curve.size() <= points) {
            return curve;
        }
        List<ParetoPoint> sample = new ArrayList<>(points);
        for (int i = 1; i <= points; i++) {
            sample.add(curve.get((int) ((long) i * curve.size() / points) - 1));
        }
        return sample;
    }

    /** The Herfindahl-Hirschman index: the sum of squared shares in percent, 0 (spread thin) to 10,000 (one customer). */
    public static double herfindahlHirschman(List<Double> revenues) {
        double total = total(revenues);
        if (total <= 0) {
            return 0;
        }
        return revenues.stream()
                .mapToDouble(r -> Math.max(0, r) / total * 100)
                .map(percent -> percent * percent)
                .sum();
    }

    /** Customer groups holding {@code threshold} or more of total revenue, largest first. */
    public static List<Flag> flags(Map<String, Double> revenueByGroup, double threshold) {
        double total = total(List.copyOf(revenueByGroup.values()));
        if (total <= 0) {
            return List.of();
        }
        return revenueByGroup.entrySet().stream()
                .map(e -> new Flag(e.getKey(), Math.max(0, e.getValue()) / total))
                .filter(flag -> flag.share() >= threshold)
                .sorted(Comparator.comparingDouble(Flag::share).reversed())
                .toList();
    }

    private static double total(List<Double> revenues) {
        return revenues.stream().mapToDouble(r -> Math.max(0, r)).sum();
    }

    private static List<Double> descending(List<Double> revenues) {
        return revenues.stream()
                .map(r -> Math.max(0, r))
                .sorted(Comparator.reverseOrder())
                .toList();
    }
}
