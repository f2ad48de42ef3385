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
import kam.planning.plan.PlanHeader;
import kam.planning.plan.Scope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft plan as it should now be; the account, status and revision are the server's. */
@Schema(name = "PlanEdit")
public record PlanEdit(
        @NotBlank @Size(max = 200) String title,
        Scope scope,
        UUID unitAccountId,
        @Size(max = 200) String department,
        UUID parentPlanId,
        UUID parentObjectiveId,
        @NotNull LocalDate periodStart,
        @Min(1) @Max(10) Integer horizonYears,
        @Valid PlanContent content) {

    PlanHeader header() {
        return new PlanHeader(
                title.strip(),
                scope == null ? Scope.ACCOUNT : scope,
                unitAccountId,
                department == null || department.isBlank() ? null : department.strip(),
                parentPlanId,
                parentObjectiveId,
                periodStart,
                horizonYears == null ? 3 : horizonYears);
    }

    PlanContent contentOrEmpty() {
        return content == null ? PlanContent.empty() : content;
    }
}
