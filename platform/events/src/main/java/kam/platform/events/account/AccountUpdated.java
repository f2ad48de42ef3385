package kam.platform.events.account;

import java.util.List;
import java.util.UUID;

/** An account's profile changed; {@code changedFields} names what changed, {@code account} is the new state. */
public record AccountUpdated(UUID accountId, AccountDetails account, List<String> changedFields) {}
