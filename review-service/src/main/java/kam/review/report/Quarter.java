package kam.review.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter such as 2027-Q1: January to March 2027. */
public record Quarter(int year, int number) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The quarter, or empty-handed with an IllegalArgumentException saying the expected form. */
    public static Quarter parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("must be a quarter such as 2027-Q1");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate from() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate to() {
        return from().plusMonths(3).minusDays(1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
