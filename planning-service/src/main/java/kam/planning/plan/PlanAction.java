package kam.planning.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kam.platform.messaging.action.TrackedAction;

/**
 * A piece of work that delivers a plan: the platform's TrackedAction (who does what by when, reported once when
 * overdue) with the objective it serves, a status, and where it came from.
 */
@Entity
public class PlanAction extends TrackedAction {
    @Id
    private UUID id;

    private UUID planId;
    private UUID objectiveId;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    private UUID originRef;
    private Instant createdAt;
    private LocalDate completedOn;

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
        action.agree(plan.accountId(), title, owner, dueDate);
        action.objectiveId = objectiveId;
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
        agree(newTitle, newOwner, newDueDate);
        objectiveId = newObjectiveId;
        status = newStatus;
        completedOn = newStatus == ActionStatus.DONE ? (completed ? today : completedOn) : null;
        return completed;
    }

    @Override
    public boolean open() {
        return status == ActionStatus.OPEN;
    }

    public PlanHealth.ActionState state() {
        return new PlanHealth.ActionState(status, dueDate(), completedOn);
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public UUID objectiveId() {
        return objectiveId;
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
