package kam.review.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kam.review.review.Attendee;
import kam.review.review.ReviewChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A review meeting as the API shows it. {@code missingRoles} lists the required roles nobody coming fills;
 * {@code flagged} is true while any is missing.
 */
public record ReviewResponse(
        UUID id,
        UUID accountId,
        String kind,
        @Schema(nullable = true) UUID planId,
        String origin,
        String status,
        LocalDate date,
        Instant startsAt,
        Instant endsAt,
        int durationMinutes,
        int sequence,
        List<Attendee> attendees,
        List<String> missingRoles,
        boolean flagged,
        List<ReviewChange> changes,
        @Schema(nullable = true) String cancelReason,
        @Schema(nullable = true) OutcomeView outcome,
        @Schema(nullable = true) LocalDate heldOn,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public record OutcomeView(
            List<String> results,
            List<String> decisions,
            List<ActionItemResponse> actionItems,
            List<ProjectTeamView> projectTeams,
            String recordedBy) {}

    public record ProjectTeamView(
            String name, @Schema(nullable = true) String purpose, List<String> members) {}
}
