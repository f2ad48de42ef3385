package kam.platform.events.account;

import java.util.UUID;

/** A stakeholder's details changed; {@code stakeholder} is the new state. */
public record StakeholderChanged(UUID accountId, StakeholderSnapshot stakeholder) {}
