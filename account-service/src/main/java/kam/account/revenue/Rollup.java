package kam.account.revenue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
            @Schema(nullable = true) BigDecimal margin,
            @Schema(nullable = true) BigDecimal categorySpend,
            @Schema(nullable = true) BigDecimal shareOfWallet) {}
}
