package kam.platform.events.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An account review was held and its outcome recorded; planning tracks its action items as plan actions. */
public record ReviewCompleted(UUID reviewId, UUID accountId, LocalDate heldOn, List<ActionItem> actionItems) {

    /** Something someone agreed at the review to do by a date (by default 30 days after it). */
    public record ActionItem(UUID actionItemId, String title, String owner, LocalDate dueDate) {}
}
