package kam.scoring.facts;

import java.math.BigDecimal;

/** An account's figures for one period, as the account service recorded them. */
public record PeriodFigures(BigDecimal revenue, BigDecimal margin, BigDecimal categorySpend) {}
