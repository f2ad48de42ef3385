package kam.platform.events.review;

import java.time.LocalDate;
import java.util.UUID;

/** An action item was agreed at a review: someone does something by a date. */
public record ActionItemRaised(
        UUID actionItemId, UUID reviewId, UUID accountId, String title, String owner, LocalDate dueDate) {}
