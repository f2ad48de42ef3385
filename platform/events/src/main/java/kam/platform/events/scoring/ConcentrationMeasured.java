package kam.platform.events.scoring;

import java.util.List;
import java.util.UUID;

/**
 * The portfolio's revenue concentration (last 12 months, customer groups counted as one) moved: the share of the 20
 * largest accounts (0..1), the Herfindahl-Hirschman index over groups (0..10,000), and the groups holding the flag
 * share or more. Keyed by {@link #PORTFOLIO}: the portfolio is one aggregate.
 */
public record ConcentrationMeasured(
        UUID portfolioId,
        int accounts,
        int groups,
        double top20Share,
        double herfindahlHirschman,
        List<Group> flagged) {

    /** The key and subject of every concentration measure: there is one portfolio. */
    public static final UUID PORTFOLIO = new UUID(0, 0);

    /** A customer group at or above the flag share. */
    public record Group(UUID groupId, String name, double share) {}
}
