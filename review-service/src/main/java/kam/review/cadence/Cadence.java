package kam.review.cadence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kam.platform.messaging.Outbox;
import kam.platform.web.TransactionLocks;
import kam.review.facts.AccountCopy;
import kam.review.facts.AccountCopyRepository;
import kam.review.facts.PlanCopy;
import kam.review.facts.PlanCopyRepository;
import kam.review.messaging.ReviewEvents;
import kam.review.review.Review;
import kam.review.review.ReviewKind;
import kam.review.review.ReviewOrigin;
import kam.review.review.ReviewRepository;
import org.jboss.logging.Logger;

/**
 * Keeps the review cadence booked: accounts the policy selects get an account review every interval as far ahead as
 * the horizon, on working days; an account that leaves the selection has its future account reviews cancelled with
 * the reason; an approved plan gets its mentor review. Every booking and cancellation is published.
 */
@ApplicationScoped
public class Cadence {
    /** Who the service's own bookings and cancellations are by. */
    public static final String SYSTEM = "review-service";

    private static final Logger LOG = Logger.getLogger(Cadence.class);

    private final CadencePolicyRepository policies;
    private final AccountCopyRepository accounts;
    private final ReviewRepository reviews;
    private final PlanCopyRepository plans;
    private final Outbox outbox;
    private final Clock clock;

    public Cadence(
            CadencePolicyRepository policies,
            AccountCopyRepository accounts,
            ReviewRepository reviews,
            PlanCopyRepository plans,
            Outbox outbox,
            Clock clock) {
        this.policies = policies;
        this.accounts = accounts;
        this.reviews = reviews;
        this.plans = plans;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Makes the rest of the transaction the only one changing the cadence and review's copies of the facts. Events
     * about one account arrive on three topics at once, and the cadence of one account depends on the others' scores:
     * without this, two consumers would each book the same meetings, or write back a stale copy of an account over
     * the other's change. Taken first in every handler, before any account or review row is read, so that it cannot
     * deadlock with row locks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void serialize() {
        TransactionLocks.exclusive(policies.getEntityManager(), "kam.review.cadence");
    }

    /**
     * Brings who is in the cadence in line with the policy and the latest tiers and scores: those who entered get a
     * year of meetings, those who left lose theirs. Both selections read few rows (the top N, or the key tiers).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reconcile() {
        CadencePolicy.Settings policy = policies.current().settings();
        List<AccountCopy> selected = policy.selection() == CadencePolicy.Selection.TOP_N
                ? accounts.topScored(policy.topN())
                : accounts.inTiers(policy.tiers());
        Set<UUID> wanted = selected.stream().map(AccountCopy::accountId).collect(Collectors.toSet());
        Set<UUID> current = new HashSet<>();
        for (AccountCopy account : accounts.inCadence()) {
            current.add(account.accountId());
            if (!wanted.contains(account.accountId())) {
                leave(account, policy);
            }
        }
        // Only an account that enters is booked here: those already in are booked up to the horizon, which the
        // checks extend (extendAll), so an event about them costs no booking queries.
        for (AccountCopy account : selected) {
            if (!current.contains(account.accountId())) {
                account.inCadence(true);
                LOG.infof("account %s entered the review cadence", account.accountId());
                book(account, policy);
            }
        }
    }

    /** Books what is missing up to the horizon for every account in the cadence; the horizon moves every day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int extendAll() {
        CadencePolicy.Settings policy = policies.current().settings();
        return accounts.inCadence().stream().mapToInt(a -> book(a, policy)).sum();
    }

    /** The mentor review of an approved plan, the mentor interval after the approval; a later approval moves it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mentorReview(PlanCopy plan, AccountCopy account) {
        String reason = "revision " + plan.revision() + " of plan " + plan.title() + " was approved";
        bookMentorReview(plan, account, plan.approvedOn(), reason);
    }

    /** After a mentor review was held, the next one, while its plan stays approved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void nextMentorReview(Review held) {
        PlanCopy plan = held.planId() == null ? null : plans.findById(held.planId());
        AccountCopy account = accounts.findById(held.accountId());
        if (plan != null && plan.approved() && account != null) {
            bookMentorReview(plan, account, held.heldOn(), "the mentor review of " + held.heldOn() + " was held");
        }
    }

    private void bookMentorReview(PlanCopy plan, AccountCopy account, LocalDate since, String reason) {
        CadencePolicy.Settings policy = policies.current().settings();
        LocalDate today = today(policy);
        LocalDate day = CadenceDates.workingDayFrom(since.plusDays(policy.mentorIntervalDays()));
        if (!day.isAfter(today)) {
            day = CadenceDates.workingDayFrom(today.plusDays(1));
        }
        Review.Slot slot = Invitations.slot(policy, day, null, null);
        Optional<Review> booked = reviews.scheduledFrom(account.accountId(), ReviewKind.MENTOR, today).stream()
                .findFirst();
        if (booked.isPresent()) {
            Review review = booked.get();
            if (!review.meetingDate().equals(day)) {
                Instant previous = review.startsAt();
                review.reschedule(slot, reason, SYSTEM, clock.instant());
                outbox.publish(ReviewEvents.rescheduled(review, previous, reason, SYSTEM));
            }
            return;
        }
        Review review = Review.book(
                account.accountId(),
                ReviewKind.MENTOR,
                plan.planId(),
                ReviewOrigin.PLAN,
                slot,
                Invitations.attendees(policy, account, ReviewKind.MENTOR),
                SYSTEM,
                clock.instant());
        reviews.persist(review);
        outbox.publish(ReviewEvents.scheduled(review));
    }

    /** Calls off the future reviews of a kind for an account, with the reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelFuture(UUID accountId, ReviewKind kind, String reason) {
        CadencePolicy.Settings policy = policies.current().settings();
        for (Review review : reviews.scheduledFrom(accountId, kind, today(policy))) {
            review.cancel(reason, SYSTEM, clock.instant());
            outbox.publish(ReviewEvents.cancelled(review, SYSTEM));
        }
    }

    /** Someone joined, changed role on or left the team: their invitations to the booked meetings follow. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void teamChanged(AccountCopy account, String userId, String role, boolean removed) {
        CadencePolicy.Settings policy = policies.current().settings();
        for (Review review : reviews.scheduledFrom(account.accountId(), today(policy))) {
            if (removed || !Invitations.invitedAsTeamMember(role, review.kind())) {
                review.uninvite(userId, clock.instant());
            } else {
                List<String> required = Invitations.requiredRoles(policy, review.kind());
                review.invite(userId, role, required.contains(role), clock.instant());
            }
        }
    }

    /** Today where the policy's meetings take place. */
    public LocalDate today() {
        return today(policies.current().settings());
    }

    public LocalDate today(CadencePolicy.Settings policy) {
        return LocalDate.now(clock.withZone(policy.timeZone()));
    }

    private void leave(AccountCopy account, CadencePolicy.Settings policy) {
        account.inCadence(false);
        String reason = policy.selection() == CadencePolicy.Selection.TOP_N
                ? "left the top " + policy.topN() + " of the review cadence"
                : "left the review cadence's tiers " + policy.tiers() + " (tier now "
                        + (account.tier() == null ? "none" : account.tier()) + ")";
        LOG.infof("account %s %s", account.accountId(), reason);
        cancelFuture(account.accountId(), ReviewKind.ACCOUNT, reason);
    }

    /** Books the missing account reviews up to the horizon; returns how many. */
    private int book(AccountCopy account, CadencePolicy.Settings policy) {
        LocalDate today = today(policy);
        // The rhythm continues from the last meeting, unless the account was out of the cadence for longer than an
        // interval: then it starts again from today.
        LocalDate from = reviews.lastCadenceDay(account.accountId())
                .filter(last -> !last.isBefore(today.minusDays(policy.intervalDays())))
                .orElse(today);
        List<LocalDate> days =
                CadenceDates.between(from, today.plusMonths(policy.horizonMonths()), policy.intervalDays()).stream()
                        .filter(day -> day.isAfter(today))
                        .toList();
        for (LocalDate day : days) {
            Review review = Review.book(
                    account.accountId(),
                    ReviewKind.ACCOUNT,
                    null,
                    ReviewOrigin.CADENCE,
                    Invitations.slot(policy, day, null, null),
                    Invitations.attendees(policy, account, ReviewKind.ACCOUNT),
                    SYSTEM,
                    clock.instant());
            reviews.persist(review);
            outbox.publish(ReviewEvents.scheduled(review));
        }
        return days.size();
    }
}
