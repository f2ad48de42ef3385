package kam.platform.events.planning;

import java.util.UUID;

/** A new revision of an approved plan was started; the approved one stays in force until the new one is approved. */
public record PlanRevised(UUID planId, UUID accountId, int revision, int previousRevision, String revisedBy) {}
