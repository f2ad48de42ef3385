package kam.platform.events.review;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The quarterly results of the key accounts were published for the organisation; {@code resultsId} names this
 * edition (a quarter may be published again with corrections). Shares are 0..1; a null share means nothing to
 * measure yet.
 */
public record QuarterlyResultsPublished(
        UUID resultsId,
        String quarter,
        int edition,
        LocalDate from,
        LocalDate to,
        int accounts,
        int reviewsHeld,
        int reviewsMissed,
        Double actionItemsClosedWithinThirtyDaysShare,
        Double top20RevenueShare,
        Double herfindahlHirschman,
        String publishedBy) {}
