package kam.review.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kam.platform.events.scoring.ConcentrationMeasured;

/**
 * The quarter's results for the executive meeting: for each account in the review cadence, its tier and score trend,
 * plan progress, reviews held or missed, and the share of action items closed within 30 days; the totals; and the
 * portfolio's concentration as last measured in the quarter. Shares are 0..1, null when nothing could be judged.
 */
public record QuarterlyResults(
        String quarter,
        LocalDate from,
        LocalDate to,
        Instant composedAt,
        Totals totals,
        List<AccountLine> accounts,
        Concentration concentration) {

    public record Totals(
            int accounts,
            int reviewsHeld,
            int reviewsMissed,
            int reviewsCancelled,
            int actionItemsRaised,
            int actionItemsJudged,
            int actionItemsClosedWithinThirtyDays,
            Double actionItemsClosedWithinThirtyDaysShare) {}

    public record AccountLine(
            UUID accountId,
            String name,
            String tierAtStart,
            String tierAtEnd,
            Double scoreAtStart,
            Double scoreAtEnd,
            Double scoreTrend,
            int approvedPlans,
            int objectivesAchieved,
            int planActionsCompleted,
            int planActionsCompletedOnTime,
            int planActionsOverdue,
            int reviewsHeld,
            int reviewsMissed,
            int reviewsCancelled,
            int reviewsBooked,
            int actionItemsRaised,
            int actionItemsJudged,
            int actionItemsClosedWithinThirtyDays,
            Double actionItemsClosedWithinThirtyDaysShare) {}

    /** Null fields when scoring had not measured concentration by the quarter's end. */
    public record Concentration(
            Instant measuredAt,
            Integer accounts,
            Double top20Share,
            Double herfindahlHirschman,
            List<ConcentrationMeasured.Group> flagged) {}
}
