package kam.platform.events.account;

import java.util.UUID;

/** A new account was registered. */
public record AccountRegistered(UUID accountId, AccountDetails account) {}
