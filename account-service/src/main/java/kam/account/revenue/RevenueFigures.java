package kam.account.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One period's figures at an account.
 *
 * @param period a year ({@code 2026}), a quarter ({@code 2026-Q3}) or a month ({@code 2026-09})
 * @param categorySpend the customer's total spend in our category for the period, if known
 */
public record RevenueFigures(
        String period, BigDecimal revenue, BigDecimal margin, BigDecimal categorySpend, String currency) {
    /** Our revenue as a share of the customer's category spend, 0..1 (4 decimals); null when the wallet is unknown. */
    public BigDecimal shareOfWallet() {
        if (categorySpend == null || categorySpend.signum() <= 0) {
            return null;
        }
        return revenue.divide(categorySpend, 4, RoundingMode.HALF_UP);
    }

    /** What the customer spends in our category elsewhere; null when the wallet is unknown. */
    public BigDecimal whiteSpace() {
        return categorySpend == null ? null : categorySpend.subtract(revenue);
    }
}
