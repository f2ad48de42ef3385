package kam.review.facts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A plan action review heard about: one that went overdue (the agenda lists it until done), or one completed (the
 * quarter counts it, on time or not).
 */
@Entity
public class PlanActionCopy {
    @Id
    private UUID actionId;

    private UUID planId;
    private UUID accountId;
    private String title;
    private String owner;
    private LocalDate dueDate;
    private boolean overdue;
    private LocalDate completedOn;
    private Boolean onTime;

    protected PlanActionCopy() {}

    public static PlanActionCopy of(
            UUID actionId, UUID planId, UUID accountId, String title, String owner, LocalDate dueDate) {
        PlanActionCopy action = new PlanActionCopy();
        action.actionId = actionId;
        action.planId = planId;
        action.accountId = accountId;
        action.title = title;
        action.owner = owner;
        action.dueDate = dueDate;
        return action;
    }

    public void overdue(String owner, LocalDate dueDate) {
        this.owner = owner;
        this.dueDate = dueDate;
        this.overdue = completedOn == null;
    }

    public void completed(LocalDate on, boolean onTime) {
        this.completedOn = on;
        this.onTime = onTime;
        this.overdue = false;
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
