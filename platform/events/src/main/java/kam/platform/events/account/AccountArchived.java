package kam.platform.events.account;

import java.time.Instant;
import java.util.UUID;

/** An account was archived: it stays readable, takes no more changes and leaves the active portfolio. */
public record AccountArchived(UUID accountId, String name, Instant archivedAt, long version) {}
