package kam.review.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A review's agenda, composed from the facts review has received: how score and tier moved since the last review, the
 * approved plans with their achieved objectives and overdue actions, the relationship gaps, and the action items
 * still open. {@code topics} says it in the order the meeting takes it.
 */
public record Agenda(
        UUID reviewId,
        UUID accountId,
        @Schema(nullable = true) String accountName,
        @Schema(nullable = true) LocalDate lastReviewHeldOn,
        @Schema(nullable = true) ScoreMove scoreSinceLastReview,
        List<PlanLine> plans,
        List<OverdueAction> overduePlanActions,
        @Schema(nullable = true) RelationshipGaps relationshipGaps,
        List<OpenItem> openActionItems,
        List<String> topics) {

    /** Score and tier at the last review (or the first known) and now; {@code change} is null without both scores. */
    public record ScoreMove(
            @Schema(nullable = true) Double scoreThen,
            @Schema(nullable = true) Double scoreNow,
            @Schema(nullable = true) Double change,
            @Schema(nullable = true) String tierThen,
            @Schema(nullable = true) String tierNow) {}

    public record PlanLine(
            UUID planId, String title, int revision, LocalDate approvedOn, List<String> objectivesAchieved) {}

    public record OverdueAction(UUID planId, String title, String owner, LocalDate dueDate) {}

    /** Coverage status 0..3 as account-service's analysis says, and whether one person holds all the relationships. */
    public record RelationshipGaps(
            @Schema(nullable = true) Integer coverageStatus,
            @Schema(nullable = true) String coverageLabel,
            boolean singleThreaded) {}

    public record OpenItem(UUID actionItemId, String title, String owner, LocalDate dueDate, boolean overdue) {}
}
