package kam.account.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import kam.account.revenue.RevenueFigures;
import kam.platform.web.validation.CurrencyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One period's figures at an account; recording a period again restates it. */
@Schema(name = "RevenueRequest")
public record RevenueRequest(
        @NotNull
        @Pattern(regexp = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?", message = "must be YYYY, YYYY-Qn or YYYY-MM")
        @Schema(examples = "2026-Q3")
        String period,

        @NotNull @Digits(integer = 17, fraction = 2) BigDecimal revenue,
        @Digits(integer = 17, fraction = 2) BigDecimal margin,

        @PositiveOrZero
        @Digits(integer = 17, fraction = 2)
        @Schema(description = "The customer's total spend in our category for the period (the wallet)")
        BigDecimal categorySpend,

        @NotNull @CurrencyCode String currency) {

    RevenueFigures toFigures() {
        return new RevenueFigures(period, revenue, margin, categorySpend, currency);
    }
}
