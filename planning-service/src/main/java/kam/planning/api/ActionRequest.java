package kam.planning.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import kam.planning.plan.ActionStatus;
import kam.planning.plan.PlanExecution;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionRequest")
public record ActionRequest(
        @Schema(description = "The plan objective this action serves")
        UUID objectiveId,

        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 100) String owner,
        @NotNull LocalDate dueDate,
        @Schema(description = "OPEN when absent") ActionStatus status) {

    PlanExecution.ActionDetails details() {
        return new PlanExecution.ActionDetails(objectiveId, title.strip(), owner.strip(), dueDate, status);
    }
}
