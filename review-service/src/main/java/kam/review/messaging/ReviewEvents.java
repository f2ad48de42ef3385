package kam.review.messaging;

import java.time.Instant;
import java.util.List;
import kam.platform.events.review.ActionItemClosed;
import kam.platform.events.review.ActionItemOverdue;
import kam.platform.events.review.ActionItemRaised;
import kam.platform.events.review.ReviewCancelled;
import kam.platform.events.review.ReviewCompleted;
import kam.platform.events.review.ReviewMissed;
import kam.platform.events.review.ReviewRescheduled;
import kam.platform.events.review.ReviewScheduled;
import kam.review.action.ActionItem;
import kam.review.review.Review;

/** The events review publishes, shaped as the event contract says. */
public final class ReviewEvents {
    private ReviewEvents() {}

    public static ReviewScheduled scheduled(Review review) {
        return new ReviewScheduled(
                review.id(),
                review.accountId(),
                review.kind().name(),
                review.planId(),
                review.origin().name(),
                review.startsAt(),
                review.durationMinutes(),
                review.attendees().stream()
                        .map(a -> new ReviewScheduled.Invitee(a.userId(), a.role(), a.required()))
                        .toList());
    }

    public static ReviewRescheduled rescheduled(Review review, Instant previousStartsAt, String reason, String by) {
        return new ReviewRescheduled(
                review.id(), review.accountId(), review.kind().name(), previousStartsAt, review.startsAt(), reason, by);
    }

    public static ReviewCancelled cancelled(Review review, String by) {
        return new ReviewCancelled(
                review.id(), review.accountId(), review.kind().name(), review.startsAt(), review.cancelReason(), by);
    }

    public static ReviewCompleted completed(Review review, List<ActionItem> items) {
        return new ReviewCompleted(
                review.id(),
                review.accountId(),
                review.heldOn(),
                items.stream()
                        .map(i -> new ReviewCompleted.ActionItem(i.id(), i.title(), i.owner(), i.dueDate()))
                        .toList());
    }

    public static ReviewMissed missed(Review review) {
        return new ReviewMissed(review.id(), review.accountId(), review.kind().name(), review.startsAt());
    }

    public static ActionItemRaised raised(ActionItem item) {
        return new ActionItemRaised(
                item.id(), item.reviewId(), item.accountId(), item.title(), item.owner(), item.dueDate());
    }

    public static ActionItemClosed closed(ActionItem item) {
        return new ActionItemClosed(
                item.id(),
                item.reviewId(),
                item.accountId(),
                item.title(),
                item.owner(),
                item.dueDate(),
                item.closedOn(),
                item.closedOnTime(),
                item.closedWithinWindow());
    }

    public static ActionItemOverdue overdue(ActionItem item) {
        return new ActionItemOverdue(
                item.id(), item.reviewId(), item.accountId(), item.title(), item.owner(), item.dueDate());
    }
}
