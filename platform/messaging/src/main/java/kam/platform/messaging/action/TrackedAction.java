package kam.platform.messaging.action;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An action its own service tracks to done: while open past its due date it is reported overdue once (an event), and
 * a new due date re-arms the report.
 */
@MappedSuperclass
public abstract class TrackedAction extends AgreedAction {
    private Instant overdueReportedAt;

    protected TrackedAction() {}

    /** Whether the action is still to be done. */
    public abstract boolean open();

    @Override
    protected boolean agree(String title, String owner, LocalDate dueDate) {
        boolean moved = super.agree(title, owner, dueDate);
        if (moved) {
            overdueReportedAt = null;
        }
        return moved;
    }

    public boolean overdueOn(LocalDate today) {
        return open() && pastDueOn(today);
    }

    public void reportedOverdue(Instant now) {
        overdueReportedAt = now;
    }
}
