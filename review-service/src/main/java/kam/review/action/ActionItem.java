package kam.review.action;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import kam.platform.messaging.action.TrackedAction;

/**
 * Something agreed at a review (the platform's TrackedAction): someone does something by a date, 30 days after the
 * meeting unless agreed, and closes it.
 */
@Entity
public class ActionItem extends TrackedAction {
    /** The window the quarterly results measure closing in, counted from the review (DOMAIN.md). */
    public static final int CLOSING_WINDOW_DAYS = 30;

    @Id
    private UUID id;

    private UUID reviewId;

    @Enumerated(EnumType.STRING)
    private ActionItemStatus status;

    private LocalDate raisedOn;
    private LocalDate closedOn;
    private String closedBy;

    @Version
    private long version;

    protected ActionItem() {}

    public static ActionItem raise(
            UUID reviewId, UUID accountId, String title, String owner, LocalDate dueDate, LocalDate raisedOn) {
        ActionItem item = new ActionItem();
        item.id = UUID.randomUUID();
        item.reviewId = reviewId;
        item.agree(accountId, title, owner, dueDate);
        item.status = ActionItemStatus.OPEN;
        item.raisedOn = raisedOn;
        return item;
    }

    /** New details; a new due date re-arms the overdue report. */
    public void update(String newTitle, String newOwner, LocalDate newDueDate) {
        agree(newTitle, newOwner, newDueDate);
    }

    /** Closes the item; returns false when it was closed already. */
    public boolean close(LocalDate on, String by) {
        if (status == ActionItemStatus.CLOSED) {
            return false;
        }
        this.status = ActionItemStatus.CLOSED;
        this.closedOn = on;
        this.closedBy = by;
        return true;
    }

    @Override
    public boolean open() {
        return status == ActionItemStatus.OPEN;
    }

    public boolean closedOnTime() {
        return doneOnTime(closedOn);
    }

    /** Closed within 30 days of the review that raised it. */
    public boolean closedWithinWindow() {
        return closedOn != null && !closedOn.isAfter(raisedOn.plusDays(CLOSING_WINDOW_DAYS));
    }

    public UUID id() {
        return id;
    }

    public UUID reviewId() {
        return reviewId;
    }

    public ActionItemStatus status() {
        return status;
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closedBy() {
        return closedBy;
    }

    public long version() {
        return version;
    }
}
