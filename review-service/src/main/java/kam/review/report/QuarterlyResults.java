package kam.review.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kam.platform.events.scoring.ConcentrationMeasured;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
            @Schema(nullable = true) Double actionItemsClosedWithinThirtyDaysShare) {}

    public record AccountLine(
            UUID accountId,
            @Schema(nullable = true) String name,
            @Schema(nullable = true) String tierAtStart,
            @Schema(nullable = true) String tierAtEnd,
            @Schema(nullable = true) Double scoreAtStart,
            @Schema(nullable = true) Double scoreAtEnd,
            @Schema(nullable = true) Double scoreTrend,
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
            @Schema(nullable = true) Double actionItemsClosedWithinThirtyDaysShare) {}

    /** Null fields when scoring had not measured concentration by the quarter's end. */
    public record Concentration(
            @Schema(nullable = true) Instant measuredAt,
            @Schema(nullable = true) Integer accounts,
            @Schema(nullable = true) Double top20Share,
            @Schema(nullable = true) Double herfindahlHirschman,
            @Schema(nullable = true) List<ConcentrationMeasured.Group> flagged) {}
}
