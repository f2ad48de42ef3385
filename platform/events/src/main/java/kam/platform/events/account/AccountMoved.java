package kam.platform.events.account;

import java.util.UUID;

/**
 * A unit moved to another customer group, or out of one ({@code toGroupId} null), or an account joined one
 * ({@code fromGroupId} null). Sent beside kam.account.updated, whose profile tells the rest: finance and every service
 * keeping groups follow the move from this one event.
 */
public record AccountMoved(UUID accountId, String name, UUID fromGroupId, UUID toGroupId, long version) {}
