package kam.review.facts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;
import kam.platform.messaging.action.AgreedAction;

/**
 * A plan action review heard about (the platform's AgreedAction, as planning's events told it): one that went overdue
 * (the agenda lists it until done), or one completed (the quarter counts it, on time or not).
 */
@Entity
public class PlanActionCopy extends AgreedAction {
    @Id
    private UUID actionId;

    private UUID planId;
    private boolean overdue;
    private LocalDate completedOn;
    private Boolean onTime;

    protected PlanActionCopy() {}

    public static PlanActionCopy of(
            UUID actionId, UUID planId, UUID accountId, String title, String owner, LocalDate dueDate) {
        PlanActionCopy action = new PlanActionCopy();
        action.actionId = actionId;
        action.planId = planId;
        action.agree(accountId, title, owner, dueDate);
        return action;
    }

    public void overdue(String owner, LocalDate dueDate) {
        agree(title(), owner, dueDate);
        this.overdue = completedOn == null;
    }

    public void completed(LocalDate on, boolean onTime) {
        this.completedOn = on;
        this.onTime = onTime;
        this.overdue = false;
    }

    public UUID planId() {
        return planId;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public boolean onTime() {
        return Boolean.TRUE.equals(onTime);
    }
}
