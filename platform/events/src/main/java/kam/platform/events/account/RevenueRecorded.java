package kam.platform.events.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An account's figures for a period were recorded or restated; they replace any earlier ones for that period. */
public record RevenueRecorded(
        UUID accountId,
        String period,
        BigDecimal revenue,
        BigDecimal margin,
        BigDecimal categorySpend,
        String currency,
        Instant recordedAt) {}
