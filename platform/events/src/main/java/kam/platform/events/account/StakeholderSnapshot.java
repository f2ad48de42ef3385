package kam.platform.events.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A stakeholder of the customer's decision-making unit as of the event. */
public record StakeholderSnapshot(
        UUID id,
        String name,
        String title,
        String department,
        String level,
        UUID reportsToId,
        List<String> buyingRoles,
        String attitude,
        int influence,
        Map<String, Object> attributes,
        long version) {}
