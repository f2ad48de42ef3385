package kam.platform.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kam.platform.events.account.AccountArchived;
import kam.platform.events.account.AccountMerged;
import kam.platform.events.account.AccountMoved;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.account.AccountUpdated;
import kam.platform.events.account.CoverageChanged;
import kam.platform.events.account.RelationshipChanged;
import kam.platform.events.account.RevenueRecorded;
import kam.platform.events.account.StakeholderAdded;
import kam.platform.events.account.StakeholderChanged;
import kam.platform.events.account.StakeholderRemoved;
import kam.platform.events.account.TeamChanged;
import kam.platform.events.job.JobFinished;
import kam.platform.events.planning.ActionCompleted;
import kam.platform.events.planning.ActionOverdue;
import kam.platform.events.planning.ObjectiveAchieved;
import kam.platform.events.planning.OpportunityStageChanged;
import kam.platform.events.planning.PlanApproved;
import kam.platform.events.planning.PlanClosed;
import kam.platform.events.planning.PlanRevised;
import kam.platform.events.planning.PlanSubmitted;
import kam.platform.events.review.ActionItemClosed;
import kam.platform.events.review.ActionItemOverdue;
import kam.platform.events.review.ActionItemRaised;
import kam.platform.events.review.QuarterlyResultsPublished;
import kam.platform.events.review.ReviewCancelled;
import kam.platform.events.review.ReviewCompleted;
import kam.platform.events.review.ReviewMissed;
import kam.platform.events.review.ReviewRescheduled;
import kam.platform.events.review.ReviewScheduled;
import kam.platform.events.scoring.ConcentrationAlert;
import kam.platform.events.scoring.ConcentrationMeasured;
import kam.platform.events.scoring.ScoreChanged;
import kam.platform.events.scoring.TierChanged;
import kam.platform.events.scoring.TierChangedV2;

/** Every event type the platform publishes, in one place: producers, consumers, schemas and docs all read it. */
public final class EventCatalog {
    public static final EventType<AccountRegistered> ACCOUNT_REGISTERED =
            new EventType<>("kam.account.registered.v1", "account", AccountRegistered.class, e -> e.accountId()
                    .toString());
    public static final EventType<AccountUpdated> ACCOUNT_UPDATED =
            new EventType<>("kam.account.updated.v1", "account", AccountUpdated.class, e -> e.accountId()
                    .toString());
    public static final EventType<AccountArchived> ACCOUNT_ARCHIVED =
            new EventType<>("kam.account.archived.v1", "account", AccountArchived.class, e -> e.accountId()
                    .toString());

    public static final EventType<AccountMoved> ACCOUNT_MOVED =
            new EventType<>("kam.account.moved.v1", "account", AccountMoved.class, e -> e.accountId()
                    .toString());
    public static final EventType<AccountMerged> ACCOUNT_MERGED =
            new EventType<>("kam.account.merged.v1", "account", AccountMerged.class, e -> e.accountId()
                    .toString());

    public static final EventType<TeamChanged> TEAM_CHANGED =
            new EventType<>("kam.account.team-changed.v1", "account", TeamChanged.class, e -> e.accountId()
                    .toString());
    public static final EventType<StakeholderAdded> STAKEHOLDER_ADDED =
            new EventType<>("kam.account.stakeholder-added.v1", "account", StakeholderAdded.class, e -> e.accountId()
                    .toString());
    public static final EventType<StakeholderChanged> STAKEHOLDER_CHANGED = new EventType<>(
            "kam.account.stakeholder-changed.v1", "account", StakeholderChanged.class, e -> e.accountId()
                    .toString());
    public static final EventType<StakeholderRemoved> STAKEHOLDER_REMOVED = new EventType<>(
            "kam.account.stakeholder-removed.v1", "account", StakeholderRemoved.class, e -> e.accountId()
                    .toString());
    public static final EventType<RelationshipChanged> RELATIONSHIP_CHANGED = new EventType<>(
            "kam.account.relationship-changed.v1", "account", RelationshipChanged.class, e -> e.accountId()
                    .toString());
    public static final EventType<RevenueRecorded> REVENUE_RECORDED =
            new EventType<>("kam.account.revenue-recorded.v1", "account", RevenueRecorded.class, e -> e.accountId()
                    .toString());

    public static final EventType<CoverageChanged> COVERAGE_CHANGED =
            new EventType<>("kam.account.coverage-changed.v1", "account", CoverageChanged.class, e -> e.accountId()
                    .toString());
    public static final EventType<ScoreChanged> SCORE_CHANGED =
            new EventType<>("kam.scoring.score-changed.v1", "account", ScoreChanged.class, e -> e.accountId()
                    .toString());
    public static final EventType<TierChanged> TIER_CHANGED =
            new EventType<>("kam.scoring.tier-changed.v1", "account", TierChanged.class, e -> e.accountId()
                    .toString());
    public static final EventType<TierChangedV2> TIER_CHANGED_V2 =
            new EventType<>("kam.scoring.tier-changed.v2", "account", TierChangedV2.class, e -> e.accountId()
                    .toString());
    public static final EventType<ConcentrationAlert> CONCENTRATION_ALERT =
            new EventType<>("kam.scoring.concentration-alert.v1", "account", ConcentrationAlert.class, e -> e.groupId()
                    .toString());

    public static final EventType<ConcentrationMeasured> CONCENTRATION_MEASURED = new EventType<>(
            "kam.scoring.concentration-measured.v1", "portfolio", ConcentrationMeasured.class, e -> e.portfolioId()
                    .toString());

    public static final EventType<PlanSubmitted> PLAN_SUBMITTED =
            new EventType<>("kam.planning.plan-submitted.v1", "plan", PlanSubmitted.class, e -> e.accountId()
                    .toString());
    public static final EventType<PlanApproved> PLAN_APPROVED =
            new EventType<>("kam.planning.plan-approved.v1", "plan", PlanApproved.class, e -> e.accountId()
                    .toString());
    public static final EventType<PlanRevised> PLAN_REVISED =
            new EventType<>("kam.planning.plan-revised.v1", "plan", PlanRevised.class, e -> e.accountId()
                    .toString());
    public static final EventType<PlanClosed> PLAN_CLOSED =
            new EventType<>("kam.planning.plan-closed.v1", "plan", PlanClosed.class, e -> e.accountId()
                    .toString());
    public static final EventType<ActionCompleted> ACTION_COMPLETED =
            new EventType<>("kam.planning.action-completed.v1", "plan", ActionCompleted.class, e -> e.accountId()
                    .toString());
    public static final EventType<ActionOverdue> ACTION_OVERDUE =
            new EventType<>("kam.planning.action-overdue.v1", "plan", ActionOverdue.class, e -> e.accountId()
                    .toString());
    public static final EventType<ObjectiveAchieved> OBJECTIVE_ACHIEVED =
            new EventType<>("kam.planning.objective-achieved.v1", "plan", ObjectiveAchieved.class, e -> e.accountId()
                    .toString());
    public static final EventType<OpportunityStageChanged> OPPORTUNITY_STAGE_CHANGED = new EventType<>(
            "kam.planning.opportunity-stage-changed.v1", "plan", OpportunityStageChanged.class, e -> e.accountId()
                    .toString());
    public static final EventType<ReviewCompleted> REVIEW_COMPLETED =
            new EventType<>("kam.review.review-completed.v1", "review", ReviewCompleted.class, e -> e.accountId()
                    .toString());

    public static final EventType<ReviewScheduled> REVIEW_SCHEDULED =
            new EventType<>("kam.review.review-scheduled.v1", "review", ReviewScheduled.class, e -> e.accountId()
                    .toString());
    public static final EventType<ReviewRescheduled> REVIEW_RESCHEDULED =
            new EventType<>("kam.review.review-rescheduled.v1", "review", ReviewRescheduled.class, e -> e.accountId()
                    .toString());
    public static final EventType<ReviewCancelled> REVIEW_CANCELLED =
            new EventType<>("kam.review.review-cancelled.v1", "review", ReviewCancelled.class, e -> e.accountId()
                    .toString());
    public static final EventType<ReviewMissed> REVIEW_MISSED =
            new EventType<>("kam.review.review-missed.v1", "review", ReviewMissed.class, e -> e.accountId()
                    .toString());
    public static final EventType<ActionItemRaised> ACTION_ITEM_RAISED = new EventType<>(
            "kam.review.action-item-raised.v1", "action-item", ActionItemRaised.class, e -> e.accountId()
                    .toString());
    public static final EventType<ActionItemClosed> ACTION_ITEM_CLOSED = new EventType<>(
            "kam.review.action-item-closed.v1", "action-item", ActionItemClosed.class, e -> e.accountId()
                    .toString());
    public static final EventType<ActionItemOverdue> ACTION_ITEM_OVERDUE = new EventType<>(
            "kam.review.action-item-overdue.v1", "action-item", ActionItemOverdue.class, e -> e.accountId()
                    .toString());
    public static final EventType<QuarterlyResultsPublished> QUARTERLY_RESULTS_PUBLISHED = new EventType<>(
            "kam.review.quarterly-results-published.v1",
            "quarterly-results",
            QuarterlyResultsPublished.class,
            e -> e.resultsId().toString());

    public static final EventType<JobFinished> JOB_FINISHED = new EventType<>(
            "kam.job.finished.v1", "job", JobFinished.class, e -> e.jobId().toString());

    public static final List<EventType<?>> ALL = List.of(
            ACCOUNT_REGISTERED,
            ACCOUNT_UPDATED,
            ACCOUNT_ARCHIVED,
            ACCOUNT_MOVED,
            ACCOUNT_MERGED,
            TEAM_CHANGED,
            STAKEHOLDER_ADDED,
            STAKEHOLDER_CHANGED,
            STAKEHOLDER_REMOVED,
            RELATIONSHIP_CHANGED,
            REVENUE_RECORDED,
            COVERAGE_CHANGED,
            SCORE_CHANGED,
            TIER_CHANGED,
            TIER_CHANGED_V2,
            CONCENTRATION_ALERT,
            CONCENTRATION_MEASURED,
            PLAN_SUBMITTED,
            PLAN_APPROVED,
            PLAN_REVISED,
            PLAN_CLOSED,
            ACTION_COMPLETED,
            ACTION_OVERDUE,
            OBJECTIVE_ACHIEVED,
            OPPORTUNITY_STAGE_CHANGED,
            REVIEW_SCHEDULED,
            REVIEW_RESCHEDULED,
            REVIEW_CANCELLED,
            REVIEW_COMPLETED,
            REVIEW_MISSED,
            ACTION_ITEM_RAISED,
            ACTION_ITEM_CLOSED,
            ACTION_ITEM_OVERDUE,
            QUARTERLY_RESULTS_PUBLISHED,
            JOB_FINISHED);

    private static final Map<String, EventType<?>> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_PAYLOAD =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::payloadClass, Function.identity()));

    private EventCatalog() {}

    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    @SuppressWarnings("unchecked")
    public static <T> EventType<T> of(T payload) {
        EventType<?> type = BY_PAYLOAD.get(payload.getClass());
        if (type == null) {
            throw new IllegalArgumentException(payload.getClass().getName() + " is not in the event catalog");
        }
        return (EventType<T>) type;
    }
}
