package kam.planning.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A piece of work that delivers a plan: an owner, a due date, a status, and where it came from. */
@Entity
public class PlanAction {
    @Id
    private UUID id;

    private UUID planId;
    private UUID accountId;
    private UUID objectiveId;
    private String title;
    private String owner;
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    private UUID originRef;
    private Instant createdAt;
    private LocalDate completedOn;
    private Instant overdueReportedAt;

    @Version
    private long version;

    /** Planned with the plan, or agreed at an account review. */
    public enum Origin {
        PLAN,
        REVIEW
    }

    protected PlanAction() {}

    public static PlanAction of(
            Plan plan,
            UUID objectiveId,
            String title,
            String owner,
            LocalDate dueDate,
            Origin origin,
            UUID originRef,
            Instant now) {
        PlanAction action = new PlanAction();
        action.id = UUID.randomUUID();
        action.planId = plan.id();
        action.accountId = plan.accountId();
        action.objectiveId = objectiveId;
        action.title = title;
        action.owner = owner;
        action.dueDate = dueDate;
        action.status = ActionStatus.OPEN;
        action.origin = origin;
        action.originRef = originRef;
        action.createdAt = now;
        return action;
    }

    /** Takes the new details; returns whether it just became done. A new due date may be overdue again. */
    public boolean update(
            UUID newObjectiveId,
            String newTitle,
            String newOwner,
            LocalDate newDueDate,
            ActionStatus newStatus,
            LocalDate today) {
        boolean completed = newStatus == ActionStatus.DONE && status != ActionStatus.DONE;
        if (!newDueDate.equals(dueDate)) {
            overdueReportedAt = null;
        }
        objectiveId = newObjectiveId;
        title = newTitle;
        owner = newOwner;
        dueDate = newDueDate;
        status = newStatus;
        completedOn = newStatus == ActionStatus.DONE ? (completed ? today : completedOn) : null;
        return completed;
    }

    public boolean overdueOn(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate.isBefore(today);
    }

    public void reportedOverdue(Instant now) {
        overdueReportedAt = now;
    }

    public PlanHealth.ActionState state() {
        return new PlanHealth.ActionState(status, dueDate, completedOn);
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public UUID accountId() {
        return accountId;
    }

    public UUID objectiveId() {
        return objectiveId;
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

    public ActionStatus status() {
        return status;
    }

    public Origin origin() {
        return origin;
    }

    public UUID originRef() {
        return originRef;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public long version() {
        return version;
    }
}
