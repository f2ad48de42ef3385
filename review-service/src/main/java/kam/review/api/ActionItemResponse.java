package kam.review.api;

import java.time.LocalDate;
import java.util.UUID;

/** An action item; {@code overdue} is open and past its due date today. */
public record ActionItemResponse(
        UUID id,
        UUID reviewId,
        UUID accountId,
        String title,
        String owner,
        LocalDate dueDate,
        String status,
        boolean overdue,
        LocalDate raisedOn,
        LocalDate closedOn,
        String closedBy,
        Boolean closedWithinThirtyDays) {}
