package kam.scoring.rules;

/** The two axes of the portfolio matrix. */
public enum Axis {
    ATTRACTIVENESS,
    RELATIVE_STRENGTH
}
