package kam.account.api;

import java.math.BigDecimal;
import java.time.Instant;
import kam.account.revenue.RevenueFigures;
import kam.account.revenue.RevenueRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Revenue")
public record RevenueResponse(
        String period,
        BigDecimal revenue,
        @Schema(nullable = true) BigDecimal margin,
        @Schema(nullable = true) BigDecimal categorySpend,
        String currency,

        @Schema(nullable = true, description = "revenue / categorySpend, 0..1; null when the wallet is unknown")
        BigDecimal shareOfWallet,

        @Schema(nullable = true, description = "categorySpend - revenue: what the customer spends with others")
        BigDecimal whiteSpace,

        Instant recordedAt) {

    static RevenueResponse from(RevenueRecord record) {
        RevenueFigures f = record.figures();
        return new RevenueResponse(
                f.period(),
                f.revenue(),
                f.margin(),
                f.categorySpend(),
                f.currency(),
                f.shareOfWallet(),
                f.whiteSpace(),
                record.recordedAt());
    }
}
