package kam.platform.events.account;

import java.util.UUID;

/**
 * Someone joined the account's team, changed role there, or left it. {@code change} is ADDED, CHANGED or REMOVED;
 * {@code accountManagerId} is the account manager's user id after the change (null when there is none).
 */
public record TeamChanged(
        UUID accountId,
        UUID teamMemberId,
        String userId,
        String displayName,
        String role,
        String change,
        String accountManagerId) {}
