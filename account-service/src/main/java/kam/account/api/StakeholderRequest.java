package kam.account.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.account.stakeholder.Attitude;
import kam.account.stakeholder.BuyingRole;
import kam.account.stakeholder.StakeholderDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the customer's people in the decision-making unit. */
@Schema(name = "StakeholderRequest")
public record StakeholderRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Priya Raman")
        String name,

        @Size(max = 200) @Schema(examples = "Chief Operating Officer")
        String title,

        @Size(max = 200) String department,
        @Size(max = 50) @Schema(examples = "C-suite") String level,

        @Schema(description = "The stakeholder this one reports to, in the same account.")
        UUID reportsToId,

        @Size(max = 7) List<@NotNull BuyingRole> buyingRoles,
        @NotNull Attitude attitude,
        @NotNull @Min(1) @Max(5) Integer influence,

        @Size(max = 50) @Schema(description = "Values of the DMU attributes a kam-admin defined, by name.")
        Map<String, Object> attributes) {

    StakeholderDetails toDetails() {
        return new StakeholderDetails(
                name.strip(),
                title,
                department,
                level,
                reportsToId,
                buyingRoles == null ? List.of() : List.copyOf(new LinkedHashSet<>(buyingRoles)),
                attitude,
                influence,
                attributes == null ? Map.of() : attributes);
    }
}
