package kam.scoring.rules;

/**
 * Where an account sits in the portfolio matrix of attractiveness (x) against our relative strength (y), each cut at
 * a midpoint; a score on the midpoint counts as high.
 */
public enum Quadrant {
    /** High attractiveness, high strength: invest to grow the partnership. */
    STRATEGIC,
    /** High attractiveness, low strength: invest time and money; it need not be profitable yet. */
    STAR,
    /** Low attractiveness, high strength: maintain. */
    STATUS,
    /** Low attractiveness, low strength: streamline, manage for profitability. */
    LAGGARD;

    public static Quadrant of(double attractiveness, double strength, double midpoint) {
        boolean attractive = attractiveness >= midpoint;
        boolean strong = strength >= midpoint;
        if (attractive) {
            return strong ? STRATEGIC : STAR;
        }
        return strong ? STATUS : LAGGARD;
    }
}
