package kam.review.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kam.review.action.ActionItemRepository;
import kam.review.cadence.Cadence;
import kam.review.facts.AccountCopy;
import kam.review.facts.AccountCopyRepository;
import kam.review.facts.PlanActionCopyRepository;
import kam.review.facts.PlanCopyRepository;
import kam.review.facts.ScorePoint;
import kam.review.facts.ScorePointRepository;

/** Composes a review's agenda from the facts as they are now; nothing is stored, so it is always current. */
@ApplicationScoped
public class Agendas {
    private final AccountCopyRepository accounts;
    private final ScorePointRepository scores;
    private final PlanCopyRepository plans;
    private final PlanActionCopyRepository planActions;
    private final ActionItemRepository actionItems;
    private final ReviewRepository reviews;
    private final Cadence cadence;

    public Agendas(
            AccountCopyRepository accounts,
            ScorePointRepository scores,
            PlanCopyRepository plans,
            PlanActionCopyRepository planActions,
            ActionItemRepository actionItems,
            ReviewRepository reviews,
            Cadence cadence) {
        this.accounts = accounts;
        this.scores = scores;
        this.plans = plans;
        this.planActions = planActions;
        this.actionItems = actionItems;
        this.reviews = reviews;
        this.cadence = cadence;
    }

    public Agenda of(Review review) {
        AccountCopy account = accounts.require(review.accountId());
        LocalDate today = cadence.today();
        Optional<Review> last = reviews.lastHeldBefore(review.accountId(), review.meetingDate());
        // At the last review: the score at the end of its day; without one, the first score review heard of.
        Optional<ScorePoint> then = last.isPresent()
                ? scores.asOf(review.accountId(), endOf(last.get().heldOn()))
                : scores.first(review.accountId());
        Agenda.ScoreMove move = new Agenda.ScoreMove(
                then.map(ScorePoint::score).orElse(null),
                account.score(),
                then.map(ScorePoint::score).isPresent() && account.score() != null
                        ? account.score() - then.get().score()
                        : null,
                then.map(ScorePoint::tier).orElse(null),
                account.tier());
        List<Agenda.PlanLine> planLines = plans.approvedFor(review.accountId()).stream()
                .map(p -> new Agenda.PlanLine(
                        p.planId(), p.title(), p.revision(), p.approvedOn(), p.objectivesAchieved()))
                .toList();
        List<Agenda.OverdueAction> overdue = planActions.overdueFor(review.accountId()).stream()
                .map(a -> new Agenda.OverdueAction(a.planId(), a.title(), a.owner(), a.dueDate()))
                .toList();
        Agenda.RelationshipGaps gaps = new Agenda.RelationshipGaps(
                account.coverageStatus(), account.coverageLabel(), account.singleThreaded());
        List<Agenda.OpenItem> open = actionItems.openFor(review.accountId()).stream()
                .map(i -> new Agenda.OpenItem(i.id(), i.title(), i.owner(), i.dueDate(), i.overdueOn(today)))
                .toList();
        return new Agenda(
                review.id(),
                account.accountId(),
                account.name(),
                last.map(Review::heldOn).orElse(null),
                move,
                planLines,
                overdue,
                gaps,
                open,
                topics(move, planLines, overdue, gaps, open));
    }

    private static List<String> topics(
            Agenda.ScoreMove move,
            List<Agenda.PlanLine> planLines,
            List<Agenda.OverdueAction> overdue,
            Agenda.RelationshipGaps gaps,
            List<Agenda.OpenItem> open) {
        List<String> topics = new ArrayList<>();
        if (move.change() != null) {
            topics.add(String.format(
                    "Score %.1f to %.1f (%+.1f) since the last review; tier %s to %s",
                    move.scoreThen(), move.scoreNow(), move.change(), name(move.tierThen()), name(move.tierNow())));
        } else {
            topics.add("Score " + (move.scoreNow() == null ? "not known" : String.format("%.1f", move.scoreNow()))
                    + ", tier " + name(move.tierNow()));
        }
        if (planLines.isEmpty()) {
            topics.add("No approved plan: agree who drafts it");
        }
        planLines.forEach(p -> topics.add("Plan " + p.title() + " (revision " + p.revision() + "): "
                + p.objectivesAchieved().size() + " objectives achieved"));
        overdue.forEach(
                a -> topics.add("Overdue plan action: " + a.title() + " (" + a.owner() + ", due " + a.dueDate() + ")"));
        if (gaps.coverageStatus() != null && gaps.coverageStatus() < 3) {
            topics.add("Relationship gap: " + gaps.coverageLabel());
        }
        if (gaps.singleThreaded()) {
            topics.add("Relationship gap: single-threaded, one person holds the key relationships");
        }
        open.forEach(i -> topics.add((i.overdue() ? "Overdue action item: " : "Open action item: ") + i.title() + " ("
                + i.owner() + ", due " + i.dueDate() + ")"));
        return topics;
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
    }

    private static String name(String tier) {
        return tier == null ? "none" : tier;
    }
}
