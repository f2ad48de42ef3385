package kam.platform.events.review;

import java.time.Instant;
import java.util.UUID;

/** A booked review meeting will not take place, with the reason (for example: the account left the cadence). */
public record ReviewCancelled(
        UUID reviewId, UUID accountId, String kind, Instant startsAt, String reason, String cancelledBy) {}
