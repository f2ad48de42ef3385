package kam.platform.testing;

import java.util.List;
import java.util.UUID;
import kam.platform.events.account.AccountDetails;
import kam.platform.events.account.TeamChanged;

/** Event payloads as account-service would send them, for the services' tests that play it on Kafka. */
public final class SampleEvents {
    private SampleEvents() {}

    /** An active retail account in GB, in euros, owned by {@code owner}. */
    public static AccountDetails account(String name, String owner) {
        return account(name, owner, null);
    }

    /** The same, as a unit of the group {@code parent}. */
    public static AccountDetails account(String name, String owner, UUID parent) {
        return new AccountDetails(
                name, null, "Retail", "EMEA", "GB", parent, owner, "ACTIVE", null, "EUR", null, null, List.of(),
                List.of(), null, List.of(), List.of(), List.of(), 0, List.of());
    }

    /** {@code user} joined the account's team in {@code role}; {@code manager} manages the account after it. */
    public static TeamChanged joined(UUID account, String user, String role, String manager) {
        return new TeamChanged(account, UUID.randomUUID(), user, user, role, "ADDED", manager);
    }
}
