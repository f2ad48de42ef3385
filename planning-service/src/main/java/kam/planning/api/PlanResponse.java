package kam.planning.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kam.planning.plan.Comment;
import kam.planning.plan.Commitment;
import kam.planning.plan.Plan;
import kam.planning.plan.PlanContent;
import kam.planning.plan.PlanStatus;
import kam.planning.plan.Progress;
import kam.planning.plan.Scope;
import kam.planning.plan.Transition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Plan")
public record PlanResponse(
        UUID id,
        UUID accountId,
        String title,
        Scope scope,
        @Schema(nullable = true) UUID unitAccountId,
        @Schema(nullable = true) String department,
        @Schema(nullable = true) UUID parentPlanId,
        @Schema(nullable = true) UUID parentObjectiveId,
        LocalDate periodStart,
        int horizonYears,
        LocalDate periodEnd,
        PlanStatus status,

        @Schema(description = "The revision being drafted, reviewed or in force")
        int revision,

        @Schema(nullable = true, description = "The latest approved revision; null before the first approval")
        Integer approvedRevision,

        @Schema(description = "What this plan's state allows next, as actions: POST /plans/{id}/{action}")
        List<String> allowedTransitions,

        PlanContent content,

        @Schema(description = "Reported objective values and the stages opportunities moved to")
        Progress progress,

        List<Commitment> commitments,

        @Schema(description = "Core team members yet to commit to the submitted revision")
        List<String> pendingCommitments,

        List<Comment> comments,
        @Schema(nullable = true) String closeReason,
        String createdBy,
        Instant createdAt,

        @Schema(description = "The last real change: an edit, a move, progress or an action")
        Instant lastChangeAt) {

    static PlanResponse from(Plan plan, List<String> pendingCommitments) {
        return new PlanResponse(
                plan.id(),
                plan.accountId(),
                plan.title(),
                plan.scope(),
                plan.unitAccountId(),
                plan.header().department(),
                plan.parentPlanId(),
                plan.parentObjectiveId(),
                plan.periodStart(),
                plan.horizonYears(),
                plan.periodStart().plusYears(plan.horizonYears()).minusDays(1),
                plan.status(),
                plan.revision(),
                plan.approvedRevision(),
                Transition.allowedFrom(plan.status()),
                plan.content(),
                plan.progress(),
                plan.commitments(),
                pendingCommitments,
                plan.comments(),
                plan.closeReason(),
                plan.createdBy(),
                plan.createdAt(),
                plan.lastChangeAt());
    }
}
