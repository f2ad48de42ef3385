package kam.review.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kam.platform.messaging.Outbox;
import kam.platform.web.problem.ProblemException;
import kam.review.action.ActionItem;
import kam.review.action.ActionItemRepository;
import kam.review.cadence.Cadence;
import kam.review.cadence.CadencePolicy;
import kam.review.cadence.CadencePolicyRepository;
import kam.review.cadence.Invitations;
import kam.review.facts.AccountCopy;
import kam.review.messaging.ReviewEvents;

/**
 * What people do with review meetings: book one by hand, move it, call it off, invite people and answer, and record
 * the outcome with its action items. Each change is checked against the meeting's status and the caller's place on
 * the account's team, and published.
 */
@ApplicationScoped
public class Reviews {
    private final ReviewRepository reviews;
    private final ActionItemRepository actionItems;
    private final CadencePolicyRepository policies;
    private final Cadence cadence;
    private final ReviewPermissions permissions;
    private final Outbox outbox;
    private final Clock clock;

    public Reviews(
            ReviewRepository reviews,
            ActionItemRepository actionItems,
            CadencePolicyRepository policies,
            Cadence cadence,
            ReviewPermissions permissions,
            Outbox outbox,
            Clock clock) {
        this.reviews = reviews;
        this.actionItems = actionItems;
        this.policies = policies;
        this.cadence = cadence;
        this.permissions = permissions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** When a meeting is to take place: the day, and the time and length when not the policy's. */
    public record When(LocalDate date, LocalTime time, Integer durationMinutes) {}

    /** An action item as agreed: the due date defaults to the policy's days (30) after the meeting. */
    public record AgreedItem(String title, String owner, LocalDate dueDate) {}

    /** The outcome as recorded by a person. */
    public record OutcomeDraft(
            List<String> results,
            List<String> decisions,
            List<AgreedItem> actionItems,
            List<Outcome.ProjectTeam> projectTeams) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Review book(UUID accountId, ReviewKind kind, When when, List<String> extraAttendees) {
        AccountCopy account = permissions.requireTeam(accountId);
        CadencePolicy.Settings policy = policies.current().settings();
        Review.Slot slot = futureSlot(policy, when);
        if (!reviews.scheduledFrom(accountId, kind, slot.date()).stream()
                .filter(r -> r.meetingDate().equals(slot.date()))
                .toList()
                .isEmpty()) {
            throw ProblemException.conflict("account " + accountId + " already has a "
                    + kind.name().toLowerCase() + " review on " + slot.date());
        }
        List<Attendee> attendees = new ArrayList<>(Invitations.attendees(policy, account, kind));
        for (String userId : extraAttendees) {
            if (attendees.stream().noneMatch(a -> a.userId().equals(userId))) {
                attendees.add(new Attendee(userId, "GUEST", false, Attendee.Reply.NEEDS_ACTION));
            }
        }
        Review review = Review.book(
                accountId, kind, null, ReviewOrigin.MANUAL, slot, attendees, permissions.callerId(), clock.instant());
        reviews.persist(review);
        outbox.publish(ReviewEvents.scheduled(review));
        return review;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Review reschedule(Review review, When when, String reason) {
        permissions.requireTeam(review.accountId());
        CadencePolicy.Settings policy = policies.current().settings();
        Review.Slot slot = futureSlot(policy, when);
        Instant previous = review.startsAt();
        review.reschedule(slot, reason, permissions.callerId(), clock.instant());
        outbox.publish(ReviewEvents.rescheduled(review, previous, reason, permissions.callerId()));
        return review;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Review cancel(Review review, String reason) {
        permissions.requireTeam(review.accountId());
        review.cancel(reason, permissions.callerId(), clock.instant());
        outbox.publish(ReviewEvents.cancelled(review, permissions.callerId()));
        return review;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Review invite(Review review, String userId, String role) {
        permissions.requireTeam(review.accountId());
        List<String> required = Invitations.requiredRoles(policies.current().settings(), review.kind());
        review.invite(userId, role, required.contains(role), clock.instant());
        return review;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Review uninvite(Review review, String userId) {
        permissions.requireTeam(review.accountId());
        if (!review.uninvite(userId, clock.instant())) {
            throw ProblemException.notFound("attendee", userId);
        }
        return review;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Review reply(Review review, String userId, Attendee.Reply reply) {
        permissions.requireSelf(userId);
        if (!review.reply(userId, reply, clock.instant())) {
            throw ProblemException.unprocessable("userId", userId + " is not invited to review " + review.id());
        }
        return review;
    }

    /** Records the outcome and raises its action items, in one transaction: all of it or nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Review complete(Review review, OutcomeDraft draft) {
        permissions.requireTeam(review.accountId());
        CadencePolicy.Settings policy = policies.current().settings();
        LocalDate today = cadence.today(policy);
        List<ActionItem> items = new ArrayList<>();
        for (int i = 0; i < draft.actionItems().size(); i++) {
            AgreedItem agreed = draft.actionItems().get(i);
            LocalDate due =
                    agreed.dueDate() == null ? review.meetingDate().plusDays(policy.actionDueDays()) : agreed.dueDate();
            if (due.isBefore(review.meetingDate())) {
                throw ProblemException.unprocessable(
                        "actionItems[" + i + "].dueDate", "is before the meeting (" + review.meetingDate() + ")");
            }
            items.add(ActionItem.raise(
                    review.id(), review.accountId(), agreed.title(), agreed.owner(), due, review.meetingDate()));
        }
        Outcome outcome = new Outcome(
                draft.results(),
                draft.decisions(),
                items.stream().map(ActionItem::id).toList(),
                draft.projectTeams(),
                permissions.callerId());
        review.complete(outcome, today, clock.instant());
        actionItems.persist(items);
        outbox.publish(ReviewEvents.completed(review, items));
        outbox.publishAll(items.stream().map(ReviewEvents::raised).toList());
        if (review.kind() == ReviewKind.MENTOR) {
            cadence.nextMentorReview(review);
        }
        return review;
    }

    private Review.Slot futureSlot(CadencePolicy.Settings policy, When when) {
        Review.Slot slot = Invitations.slot(policy, when.date(), when.time(), when.durationMinutes());
        if (!slot.startsAt().isAfter(clock.instant())) {
            throw ProblemException.unprocessable(
                    "date", "the meeting would start in the past (" + slot.startsAt() + ")");
        }
        return slot;
    }
}
