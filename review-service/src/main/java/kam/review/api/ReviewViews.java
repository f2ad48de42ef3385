package kam.review.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import kam.review.action.ActionItem;
import kam.review.action.ActionItemRepository;
import kam.review.action.ActionItemStatus;
import kam.review.cadence.Cadence;
import kam.review.cadence.CadencePolicy;
import kam.review.cadence.CadencePolicyRepository;
import kam.review.cadence.Invitations;
import kam.review.review.Review;

/** Turns reviews and action items into what the API shows, with what is computed as of today. */
@ApplicationScoped
public class ReviewViews {
    private final ActionItemRepository actionItems;
    private final CadencePolicyRepository policies;
    private final Cadence cadence;

    public ReviewViews(ActionItemRepository actionItems, CadencePolicyRepository policies, Cadence cadence) {
        this.actionItems = actionItems;
        this.policies = policies;
        this.cadence = cadence;
    }

    public ReviewResponse of(Review review) {
        CadencePolicy.Settings policy = policies.current().settings();
        List<String> missing = review.isScheduled()
                ? review.missingRoles(Invitations.requiredRoles(policy, review.kind()))
                : List.of();
        ReviewResponse.OutcomeView outcome = null;
        if (review.outcome() != null) {
            LocalDate today = cadence.today(policy);
            outcome = new ReviewResponse.OutcomeView(
                    review.outcome().results(),
                    review.outcome().decisions(),
                    actionItems.ofReview(review.id()).stream()
                            .map(i -> of(i, today))
                            .toList(),
                    review.outcome().projectTeams().stream()
                            .map(t -> new ReviewResponse.ProjectTeamView(t.name(), t.purpose(), t.members()))
                            .toList(),
                    review.outcome().recordedBy());
        }
        return new ReviewResponse(
                review.id(),
                review.accountId(),
                review.kind().name(),
                review.planId(),
                review.origin().name(),
                review.status().name(),
                review.meetingDate(),
                review.startsAt(),
                review.endsAt(),
                review.durationMinutes(),
                review.sequence(),
                review.attendees(),
                missing,
                !missing.isEmpty(),
                review.changes(),
                review.cancelReason(),
                outcome,
                review.heldOn(),
                review.createdBy(),
                review.createdAt(),
                review.updatedAt());
    }

    public ActionItemResponse of(ActionItem item, LocalDate today) {
        return new ActionItemResponse(
                item.id(),
                item.reviewId(),
                item.accountId(),
                item.title(),
                item.owner(),
                item.dueDate(),
                item.status().name(),
                item.overdueOn(today),
                item.raisedOn(),
                item.closedOn(),
                item.closedBy(),
                item.status() == ActionItemStatus.CLOSED ? item.closedWithinWindow() : null);
    }

    public LocalDate today() {
        return cadence.today();
    }
}
