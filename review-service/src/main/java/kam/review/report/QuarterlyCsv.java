package kam.review.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kam.platform.web.bulk.Csv;

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

    /** Empty for unknown; shares with four decimals; quoted and formulas defused as {@link Csv} writes cells. */
    static String cell(Object value) {
        return Csv.cell(value instanceof Double d ? BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP) : value);
    }
}
