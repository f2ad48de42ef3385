package kam.review.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kam.review.action.ActionItem;
import kam.review.action.ActionItemRepository;
import kam.review.action.ClosingShare;
import kam.review.cadence.Cadence;
import kam.review.facts.AccountCopy;
import kam.review.facts.AccountCopyRepository;
import kam.review.facts.ConcentrationSnapshotRepository;
import kam.review.facts.PlanActionCopy;
import kam.review.facts.PlanActionCopyRepository;
import kam.review.facts.PlanCopy;
import kam.review.facts.PlanCopyRepository;
import kam.review.facts.ScorePoint;
import kam.review.facts.ScorePointRepository;
import kam.review.review.Review;
import kam.review.review.ReviewKind;
import kam.review.review.ReviewRepository;
import kam.review.review.ReviewStatus;

/** Composes a quarter's results from what review holds: its meetings and items, and its copies of the facts. */
@ApplicationScoped
public class QuarterlyReports {
    private final AccountCopyRepository accounts;
    private final ScorePointRepository scores;
    private final PlanCopyRepository plans;
    private final PlanActionCopyRepository planActions;
    private final ReviewRepository reviews;
    private final ActionItemRepository actionItems;
    private final ConcentrationSnapshotRepository concentration;
    private final Cadence cadence;
    private final Clock clock;

    public QuarterlyReports(
            AccountCopyRepository accounts,
            ScorePointRepository scores,
            PlanCopyRepository plans,
            PlanActionCopyRepository planActions,
            ReviewRepository reviews,
            ActionItemRepository actionItems,
            ConcentrationSnapshotRepository concentration,
            Cadence cadence,
            Clock clock) {
        this.accounts = accounts;
        this.scores = scores;
        this.plans = plans;
        this.planActions = planActions;
        this.reviews = reviews;
        this.actionItems = actionItems;
        this.concentration = concentration;
        this.cadence = cadence;
        this.clock = clock;
    }

    /** The accounts in the cadence now, and any other that had an account review in the quarter. */
    public QuarterlyResults compose(Quarter quarter) {
        LocalDate today = cadence.today();
        LocalDate asOf = today.isBefore(quarter.to()) ? today : quarter.to();
        Instant start = quarter.from().atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = quarter.to()
                .plusDays(1)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC)
                .minusNanos(1);

        Map<UUID, AccountCopy> included = new LinkedHashMap<>();
        accounts.inCadence().forEach(a -> included.put(a.accountId(), a));
        for (UUID id : reviews.accountsReviewedBetween(quarter.from(), quarter.to())) {
            if (!included.containsKey(id)) {
                Optional.ofNullable(accounts.findById(id)).ifPresent(a -> included.put(id, a));
            }
        }

        List<QuarterlyResults.AccountLine> lines = new ArrayList<>();
        List<ActionItem> allItems = new ArrayList<>();
        for (AccountCopy account : included.values()) {
            List<ActionItem> items = actionItems.raisedBetween(account.accountId(), quarter.from(), quarter.to());
            allItems.addAll(items);
            lines.add(line(account, quarter, start, end, asOf, items));
        }
        lines.sort(Comparator.comparing(
                        QuarterlyResults.AccountLine::scoreAtEnd, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(QuarterlyResults.AccountLine::name, Comparator.nullsLast(Comparator.naturalOrder())));
        ClosingShare.Figures closing = ClosingShare.of(allItems, asOf);
        QuarterlyResults.Totals totals = new QuarterlyResults.Totals(
                lines.size(),
                lines.stream()
                        .mapToInt(QuarterlyResults.AccountLine::reviewsHeld)
                        .sum(),
                lines.stream()
                        .mapToInt(QuarterlyResults.AccountLine::reviewsMissed)
                        .sum(),
                lines.stream()
                        .mapToInt(QuarterlyResults.AccountLine::reviewsCancelled)
                        .sum(),
                allItems.size(),
                closing.judged(),
                closing.closedWithinWindow(),
                closing.share());
        QuarterlyResults.Concentration measured = concentration
                .asOf(end)
                .map(c -> new QuarterlyResults.Concentration(
                        c.measuredAt(), c.accounts(), c.top20Share(), c.hhi(), c.flagged()))
                .orElse(new QuarterlyResults.Concentration(null, null, null, null, List.of()));
        return new QuarterlyResults(
                quarter.toString(), quarter.from(), quarter.to(), clock.instant(), totals, lines, measured);
    }

    private QuarterlyResults.AccountLine line(
            AccountCopy account, Quarter quarter, Instant start, Instant end, LocalDate asOf, List<ActionItem> items) {
        UUID id = account.accountId();
        Optional<ScorePoint> atStart = scores.asOf(id, start);
        Optional<ScorePoint> atEnd = scores.asOf(id, end);
        Double scoreAtStart = atStart.map(ScorePoint::score).orElse(null);
        Double scoreAtEnd = atEnd.map(ScorePoint::score).orElse(null);
        List<PlanCopy> approved = plans.approvedFor(id);
        List<PlanActionCopy> completed = planActions.completedBetween(id, quarter.from(), quarter.to());
        List<Review> meetings = reviews.ofAccountBetween(id, quarter.from(), quarter.to()).stream()
                .filter(r -> r.kind() == ReviewKind.ACCOUNT)
                .toList();
        ClosingShare.Figures closing = ClosingShare.of(items, asOf);
        return new QuarterlyResults.AccountLine(
                id,
                account.name(),
                atStart.map(ScorePoint::tier).orElse(null),
                atEnd.map(ScorePoint::tier).orElse(null),
                scoreAtStart,
                scoreAtEnd,
                scoreAtStart != null && scoreAtEnd != null ? scoreAtEnd - scoreAtStart : null,
                approved.size(),
                approved.stream().mapToInt(p -> p.objectivesAchieved().size()).sum(),
                completed.size(),
                (int) completed.stream().filter(PlanActionCopy::onTime).count(),
                planActions.overdueFor(id).size(),
                count(meetings, ReviewStatus.COMPLETED),
                count(meetings, ReviewStatus.MISSED),
                count(meetings, ReviewStatus.CANCELLED),
                count(meetings, ReviewStatus.SCHEDULED),
                items.size(),
                closing.judged(),
                closing.closedWithinWindow(),
                closing.share());
    }

    private static int count(List<Review> meetings, ReviewStatus status) {
        return (int) meetings.stream().filter(r -> r.status() == status).count();
    }
}
