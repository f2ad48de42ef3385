package kam.scoring.portfolio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The one currency portfolio figures are summed in, and the rates that bring each account's currency to it: revenue
 * in euros and in dollars is never added as if it were one money. {@code kam.reporting.rates.USD=0.92} says one
 * dollar is 0.92 of the reporting currency. A currency without a rate is refused, by name, never guessed at.
 */
@ConfigMapping(prefix = "kam.reporting")
public interface ReportingCurrency {
    /** ISO 4217 code of the currency concentration is reported in. */
    @WithDefault("EUR")
    String currency();

    /** Units of the reporting currency per unit of each other currency. */
    Map<String, BigDecimal> rates();
}
