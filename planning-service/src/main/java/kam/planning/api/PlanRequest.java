package kam.planning.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import kam.planning.plan.PlanContent;
import kam.planning.plan.Scope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new plan: for an account, or a satellite of one of its plans. */
@Schema(name = "PlanRequest")
public record PlanRequest(
        @NotNull UUID accountId,
        @NotBlank @Size(max = 200) String title,

        @Schema(description = "ACCOUNT (default), or UNIT / DEPARTMENT for a satellite plan")
        Scope scope,

        @Schema(description = "For a UNIT plan: the unit of the account's group")
        UUID unitAccountId,

        @Schema(description = "For a DEPARTMENT plan: our department") @Size(max = 200)
        String department,

        @Schema(description = "For a satellite: the master plan")
        UUID parentPlanId,

        @Schema(description = "For a satellite: the master plan's objective it cascades from")
        UUID parentObjectiveId,

        @NotNull LocalDate periodStart,

        @Schema(description = "Years the plan looks ahead; 3 when absent") @Min(1) @Max(10)
        Integer horizonYears,

        @Valid PlanContent content) {

    PlanEdit edit() {
        return new PlanEdit(
                title,
                scope,
                unitAccountId,
                department,
                parentPlanId,
                parentObjectiveId,
                periodStart,
                horizonYears,
                content);
    }
}
