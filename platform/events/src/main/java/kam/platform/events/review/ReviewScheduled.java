package kam.platform.events.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A review meeting was booked. {@code kind} is ACCOUNT (the 90-day account review) or MENTOR (a mentor's review of the
 * plan {@code planId}); {@code origin} is CADENCE, MANUAL or PLAN.
 */
public record ReviewScheduled(
        UUID reviewId,
        UUID accountId,
        String kind,
        UUID planId,
        String origin,
        Instant startsAt,
        int durationMinutes,
        List<Invitee> attendees) {

    /** Someone invited, with their role on the account team or the function they come for. */
    public record Invitee(String userId, String role, boolean required) {}
}
