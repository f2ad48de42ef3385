package kam.account.revenue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An account's figures summed over itself and all its units, at any depth.
 *
 * @param units how many units lie below the account
 * @param figures per period and currency (amounts in different currencies are never added)
 */
public record Rollup(UUID accountId, int units, long stakeholders, long relationships, List<PeriodTotal> figures) {

    public record PeriodTotal(
            String period,
            String currency,
            BigDecimal revenue,
            BigDecimal margin,
            BigDecimal categorySpend,
            BigDecimal shareOfWallet) {}
}
