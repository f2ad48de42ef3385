package kam.review.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The quarter's results as CSV (RFC 4180): one row per account, for spreadsheets. */
public final class QuarterlyCsv {
    private static final List<String> HEADER = List.of(
            "quarter",
            "accountId",
            "name",
            "tierAtStart",
            "tierAtEnd",
            "scoreAtStart",
            "scoreAtEnd",
            "scoreTrend",
            "approvedPlans",
            "objectivesAchieved",
            "planActionsCompleted",
            "planActionsCompletedOnTime",
            "planActionsOverdue",
            "reviewsHeld",
            "reviewsMissed",
            "reviewsCancelled",
            "reviewsBooked",
            "actionItemsRaised",
            "actionItemsJudged",
            "actionItemsClosedWithinThirtyDays",
            "actionItemsClosedWithinThirtyDaysShare");

    private QuarterlyCsv() {}

    public static String of(QuarterlyResults results) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (QuarterlyResults.AccountLine a : results.accounts()) {
            csv.append(Stream.of(
                                    results.quarter(),
                                    a.accountId(),
                                    a.name(),
                                    a.tierAtStart(),
                                    a.tierAtEnd(),
                                    a.scoreAtStart(),
                                    a.scoreAtEnd(),
                                    a.scoreTrend(),
                                    a.approvedPlans(),
                                    a.objectivesAchieved(),
                                    a.planActionsCompleted(),
                                    a.planActionsCompletedOnTime(),
                                    a.planActionsOverdue(),
                                    a.reviewsHeld(),
                                    a.reviewsMissed(),
                                    a.reviewsCancelled(),
                                    a.reviewsBooked(),
                                    a.actionItemsRaised(),
                                    a.actionItemsJudged(),
                                    a.actionItemsClosedWithinThirtyDays(),
                                    a.actionItemsClosedWithinThirtyDaysShare())
                            .map(QuarterlyCsv::cell)
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** Empty for unknown; quoted when the text holds a comma, quote or line break; formulas defused. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : value.toString();
        // A name starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
