package kam.scoring.rules;

/** Where a criterion's value comes from: rated by people, or derived from account data. */
public enum Source {
    RATED,
    REVENUE_12M,
    REVENUE_GROWTH,
    MARGIN,
    SHARE_OF_WALLET,
    UNITS,
    REGIONS,
    RELATIONSHIP_COVERAGE;

    public boolean derived() {
        return this != RATED;
    }
}
