package kam.planning.plan;

import java.time.Instant;

/** A core team member's acknowledgement of the revision under review. */
public record Commitment(String member, int revision, Instant committedAt) {}
