package kam.platform.events.review;

import java.time.Instant;
import java.util.UUID;

/** A review meeting's date passed (with the policy's grace days) and no outcome was recorded. */
public record ReviewMissed(UUID reviewId, UUID accountId, String kind, Instant startsAt) {}
