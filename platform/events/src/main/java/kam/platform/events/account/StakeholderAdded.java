package kam.platform.events.account;

import java.util.UUID;

/** A stakeholder was added to the account's decision-making unit. */
public record StakeholderAdded(UUID accountId, StakeholderSnapshot stakeholder) {}
