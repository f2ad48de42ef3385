package kam.scoring.rules;

import java.util.List;

/** Customer lifetime value, in the two forms of DOMAIN.md. */
public final class CustomerLifetimeValue {
    private CustomerLifetimeValue() {}

    /**
     * Infinite horizon: m * r / (1 + d - r) - acquisition cost.
     *
     * @param margin the yearly margin net of cost to serve
     * @param retention the retention rate, 0 (inclusive) to 1 (exclusive)
     * @param discount the discount rate, 0 or more
     */
    public static double infinite(double margin, double retention, double discount, double acquisitionCost) {
        requireRates(retention, discount);
        return margin * retention / (1 + discount - retention) - acquisitionCost;
    }

    /** Finite horizon: the sum over t = 1..T of m_t * r^(t-1) / (1 + d)^t. */
    public static double finite(List<Double> yearlyMargins, double retention, double discount) {
        requireRates(retention, discount);
        double value = 0;
        for (int t = 1; t <= yearlyMargins.size(); t++) {
            value += yearlyMargins.get(t - 1) * Math.pow(retention, t - 1) / Math.pow(1 + discount, t);
        }
        return value;
    }

    private static void requireRates(double retention, double discount) {
        if (retention < 0 || retention >= 1) {
            throw new RuleViolation("retention", "must be at least 0 and below 1");
        }
        if (discount < 0) {
            throw new RuleViolation("discount", "must be 0 or more");
        }
    }
}
