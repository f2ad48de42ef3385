package kam.review.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(nullable = true) LocalDate closedOn,
        @Schema(nullable = true) String closedBy,
        @Schema(nullable = true) Boolean closedWithinThirtyDays) {}
