package kam.review.review;

import java.time.Instant;

/** One move or the cancellation of a meeting: from when to when, why, by whom, and when it was decided. */
public record ReviewChange(String change, Instant from, Instant to, String reason, String by, Instant at) {}
