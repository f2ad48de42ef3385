package kam.platform.events.review;

import java.time.LocalDate;
import java.util.UUID;

/** An open action item passed its due date; sent once per item (again only if its due date moves). */
public record ActionItemOverdue(
        UUID actionItemId, UUID reviewId, UUID accountId, String title, String owner, LocalDate dueDate) {}
