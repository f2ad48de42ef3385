package kam.platform.events.review;

import java.time.Instant;
import java.util.UUID;

/** A booked review meeting moved to another time, with the reason. */
public record ReviewRescheduled(
        UUID reviewId,
        UUID accountId,
        String kind,
        Instant previousStartsAt,
        Instant startsAt,
        String reason,
        String rescheduledBy) {}
