package kam.platform.messaging.action;

import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What any action of the platform is: at an account, someone does something by a date. A plan's action, a review's
 * action item and review's copy of a plan action all are one; each adds what its service tracks.
 */
@MappedSuperclass
public abstract class AgreedAction {
    private UUID accountId;
    private String title;
    private String owner;
    private LocalDate dueDate;

    protected AgreedAction() {}

    protected void agree(UUID accountId, String title, String owner, LocalDate dueDate) {
        this.accountId = accountId;
        agree(title, owner, dueDate);
    }

    /** Takes new terms; answers whether the due date moved. */
    protected boolean agree(String title, String owner, LocalDate dueDate) {
        boolean moved = !dueDate.equals(this.dueDate);
        this.title = title;
        this.owner = owner;
        this.dueDate = dueDate;
        return moved;
    }

    /** Its due date has passed: {@code today} is after it. */
    public boolean pastDueOn(LocalDate today) {
        return dueDate.isBefore(today);
    }

    /** Done on or before its due date. */
    public boolean doneOnTime(LocalDate doneOn) {
        return doneOn != null && !doneOn.isAfter(dueDate);
    }

    public UUID accountId() {
        return accountId;
    }

    public String title() {
        return title;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueDate() {
        return dueDate;
    }
}
