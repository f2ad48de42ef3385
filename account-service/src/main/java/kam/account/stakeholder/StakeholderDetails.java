package kam.account.stakeholder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What users edit about a stakeholder. */
public record StakeholderDetails(
        String name,
        String title,
        String department,
        String level,
        UUID reportsToId,
        List<BuyingRole> buyingRoles,
        Attitude attitude,
        int influence,
        Map<String, Object> attributes) {}
