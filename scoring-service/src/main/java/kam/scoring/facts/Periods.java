package kam.scoring.facts;

/** Turns the account service's periods (2026, 2026-Q3, 2026-09) into months counted from year 0, for comparing. */
final class Periods {
    private Periods() {}

    /** The month a period ends in: 2026 ends in December 2026, 2026-Q3 in September, 2026-09 in September. */
    static int endMonth(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return year * 12 + 12;
        }
        if (period.charAt(5) == 'Q') {
            return year * 12 + 3 * (period.charAt(6) - '0');
        }
        return year * 12 + Integer.parseInt(period.substring(5, 7));
    }
}
