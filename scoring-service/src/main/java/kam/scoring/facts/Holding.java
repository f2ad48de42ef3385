package kam.scoring.facts;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An active account's place in the portfolio's revenue: its group, and its revenue of the last 12 months in the
 * account's currency.
 */
public record Holding(UUID accountId, UUID parentId, String name, double revenue, String currency) {
    /** As the query reads it. */
    public Holding(UUID accountId, UUID parentId, String name, BigDecimal revenue, String currency) {
        this(accountId, parentId, name, revenue.doubleValue(), currency);
    }
}
