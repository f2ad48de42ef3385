package kam.platform.events.account;

import java.util.HashMap;
import java.util.Map;
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
        String accountManagerId) {

    /** The team, user id to role, as it is after this change: what every service keeping a copy of it applies. */
    public Map<String, String> applyTo(Map<String, String> team) {
        Map<String, String> next = new HashMap<>(team);
        if ("REMOVED".equals(change)) {
            next.remove(userId);
        } else {
            next.put(userId, role);
        }
        return next;
    }
}
