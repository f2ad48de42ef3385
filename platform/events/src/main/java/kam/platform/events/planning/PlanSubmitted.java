package kam.platform.events.planning;

import java.util.UUID;

/** The account manager submitted a revision of a plan for the core team's commitment and the mentor's approval. */
public record PlanSubmitted(UUID planId, UUID accountId, int revision, String title, String submittedBy) {}
