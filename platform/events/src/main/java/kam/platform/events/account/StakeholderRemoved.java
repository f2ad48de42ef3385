package kam.platform.events.account;

import java.util.UUID;

/** A stakeholder left the decision-making unit, with the relationships to them that went too. */
public record StakeholderRemoved(UUID accountId, UUID stakeholderId, String name, int removedRelationships) {}
