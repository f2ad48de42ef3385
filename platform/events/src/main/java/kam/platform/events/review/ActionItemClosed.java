package kam.platform.events.review;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action item was done. {@code onTime}: by its due date; {@code withinThirtyDays}: within 30 days of the review
 * that raised it, the figure the quarterly results report.
 */
public record ActionItemClosed(
        UUID actionItemId,
        UUID reviewId,
        UUID accountId,
        String title,
        String owner,
        LocalDate dueDate,
        LocalDate closedOn,
        boolean onTime,
        boolean withinThirtyDays) {}
