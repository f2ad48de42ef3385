package kam.account.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.account.stakeholder.Attitude;
import kam.account.stakeholder.BuyingRole;
import kam.account.stakeholder.Stakeholder;
import kam.account.stakeholder.StakeholderDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Stakeholder")
public record StakeholderResponse(
        UUID id,
        String name,
        @Schema(nullable = true) String title,
        @Schema(nullable = true) String department,
        @Schema(nullable = true) String level,
        @Schema(nullable = true) UUID reportsToId,
        List<BuyingRole> buyingRoles,
        Attitude attitude,
        int influence,
        Map<String, Object> attributes,
        long version) {

    static StakeholderResponse from(Stakeholder s) {
        StakeholderDetails d = s.details();
        return new StakeholderResponse(
                s.id(),
                d.name(),
                d.title(),
                d.department(),
                d.level(),
                d.reportsToId(),
                d.buyingRoles(),
                d.attitude(),
                d.influence(),
                d.attributes(),
                s.version());
    }
}
