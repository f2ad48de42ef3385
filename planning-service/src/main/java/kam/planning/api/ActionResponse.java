package kam.planning.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kam.planning.plan.ActionStatus;
import kam.planning.plan.PlanAction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Action")
public record ActionResponse(
        UUID id,
        UUID planId,
        UUID accountId,
        @Schema(nullable = true) UUID objectiveId,
        String title,
        String owner,
        LocalDate dueDate,
        ActionStatus status,
        @Schema(description = "Open and past its due date") boolean overdue,
        @Schema(nullable = true) LocalDate completedOn,
        PlanAction.Origin origin,

        @Schema(nullable = true, description = "For an action from a review: the review's action item")
        UUID originRef,

        Instant createdAt) {

    static ActionResponse from(PlanAction action, LocalDate today) {
        return new ActionResponse(
                action.id(),
                action.planId(),
                action.accountId(),
                action.objectiveId(),
                action.title(),
                action.owner(),
                action.dueDate(),
                action.status(),
                action.overdueOn(today),
                action.completedOn(),
                action.origin(),
                action.originRef(),
                action.createdAt());
    }
}
