package kam.platform.events.planning;

import java.util.UUID;

/** A plan was closed, with the reason; it takes no more changes. */
public record PlanClosed(UUID planId, UUID accountId, int revision, String reason, String closedBy) {}
