package kam.planning.plan;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import kam.planning.account.AccountCopy;
import kam.planning.account.AccountCopyRepository;
import kam.planning.messaging.PlanningEvents;
import kam.platform.events.review.ReviewCompleted;
import kam.platform.messaging.Outbox;
import kam.platform.web.Preconditions;
import kam.platform.web.problem.ProblemException;

/**
 * Delivering a plan: its actions, the progress of its objectives and the stages of its opportunities, recorded as
 * they happen and never a reason for a new revision. Also the actions that come from account reviews and the check
 * that reports overdue ones.
 */
@ApplicationScoped
public class PlanExecution {
    private final PlanRepository plans;
    private final PlanActionRepository actions;
    private final AccountCopyRepository accounts;
    private final PlanPermissions permissions;
    private final Plans lifecycle;
    private final Outbox outbox;
    private final Clock clock;

    public PlanExecution(
            PlanRepository plans,
            PlanActionRepository actions,
            AccountCopyRepository accounts,
            PlanPermissions permissions,
            Plans lifecycle,
            Outbox outbox,
            Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.accounts = accounts;
        this.permissions = permissions;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What an action should be. */
    public record ActionDetails(UUID objectiveId, String title, String owner, LocalDate dueDate, ActionStatus status) {}

    @Transactional
    public PlanAction addAction(UUID planId, ActionDetails details) {
        Plan plan = open(planId);
        requireObjective(plan, details.objectiveId());
        Instant now = clock.instant();
        PlanAction action = PlanAction.of(
                plan,
                details.objectiveId(),
                details.title(),
                details.owner(),
                details.dueDate(),
                PlanAction.Origin.PLAN,
                null,
                now);
        actions.persist(action);
        plan.touched(now);
        if (details.status() != null && details.status() != ActionStatus.OPEN) {
            update(plan, action, details);
        }
        actions.flush();
        return action;
    }

    @Transactional
    public PlanAction updateAction(UUID planId, UUID actionId, String ifMatch, ActionDetails details) {
        Plan plan = open(planId);
        PlanAction action = actions.findByIdOptional(actionId)
                .filter(a -> a.planId().equals(planId))
                .orElseThrow(() -> ProblemException.notFound("action", actionId));
        Preconditions.requireIfMatch(ifMatch, action.version());
        requireObjective(plan, details.objectiveId());
        update(plan, action, details);
        actions.flush();
        return action;
    }

    /** Records an objective's current value; reaching the target is announced once. */
    @Transactional
    public Plan report(UUID planId, UUID objectiveId, String ifMatch, BigDecimal value, ObjectiveStatus status) {
        Plan plan = open(planId);
        Preconditions.requireIfMatch(ifMatch, plan.version());
        PlanContent.Objective objective = plan.content()
                .objective(objectiveId)
                .orElseThrow(() -> ProblemException.notFound("objective", objectiveId));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        boolean achievedBefore = statusOf(plan, objective, today) == ObjectiveStatus.ACHIEVED;
        plan.report(objectiveId, new Progress.Reported(value, status, permissions.callerId(), now));
        if (!achievedBefore && statusOf(plan, objective, today) == ObjectiveStatus.ACHIEVED) {
            outbox.publish(PlanningEvents.achieved(plan, objective, value));
        }
        plans.flush();
        return plan;
    }

    @Transactional
    public Plan moveOpportunity(UUID planId, UUID opportunityId, String ifMatch, PlanContent.Stage stage) {
        Plan plan = open(planId);
        Preconditions.requireIfMatch(ifMatch, plan.version());
        PlanContent.Opportunity opportunity = plan.content()
                .opportunity(opportunityId)
                .orElseThrow(() -> ProblemException.notFound("opportunity", opportunityId));
        PlanContent.Stage previous = plan.stageOf(opportunity);
        if (previous != stage) {
            plan.stage(opportunityId, stage, clock.instant());
            outbox.publish(PlanningEvents.stageChanged(plan, opportunity, previous, stage));
        }
        plans.flush();
        return plan;
    }

    /**
     * The action items of a review become actions of the account's plan, once each. An account without a plan gets
     * a draft one: an agreed action is never dropped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void trackReviewItems(ReviewCompleted review) {
        if (review.actionItems() == null || review.actionItems().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        AccountCopy account = accounts.findOrNew(review.accountId(), now);
        lifecycle.startDraftFor(account);
        plans.flush();
        Plan plan = plans.openMasterPlan(review.accountId()).orElseThrow();
        for (ReviewCompleted.ActionItem item : review.actionItems()) {
            if (actions.existsForReviewItem(item.actionItemId())) {
                continue;
            }
            actions.persist(PlanAction.of(
                    plan,
                    null,
                    item.title(),
                    item.owner(),
                    item.dueDate(),
                    PlanAction.Origin.REVIEW,
                    item.actionItemId(),
                    now));
        }
        plan.touched(now);
    }

    @Scheduled(every = "${kam.planning.overdue-check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkOverdueActions() {
        reportOverdueActions();
    }

    /** Reports each open action past its due date, once; returns how many. Runs every kam.planning.overdue-check. */
    @Transactional
    public int reportOverdueActions() {
        Instant now = clock.instant();
        int reported = 0;
        for (PlanAction action : actions.newlyOverdue(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            action.reportedOverdue(now);
            outbox.publish(PlanningEvents.overdue(action));
            reported++;
        }
        return reported;
    }

    private void update(Plan plan, PlanAction action, ActionDetails details) {
        Instant now = clock.instant();
        boolean completed = action.update(
                details.objectiveId(),
                details.title(),
                details.owner(),
                details.dueDate(),
                details.status() == null ? ActionStatus.OPEN : details.status(),
                LocalDate.ofInstant(now, ZoneOffset.UTC));
        plan.touched(now);
        if (completed) {
            outbox.publish(PlanningEvents.completed(action));
        }
    }

    private Plan open(UUID planId) {
        Plan plan = plans.require(planId);
        permissions.requireTeam(plan.accountId());
        if (plan.status() == PlanStatus.CLOSED) {
            throw ProblemException.conflict("plan " + planId + " is closed and takes no more changes");
        }
        return plan;
    }

    private static void requireObjective(Plan plan, UUID objectiveId) {
        if (objectiveId != null && plan.content().objective(objectiveId).isEmpty()) {
            throw ProblemException.unprocessable("objectiveId", "is not an objective of plan " + plan.id());
        }
    }

    static ObjectiveStatus statusOf(Plan plan, PlanContent.Objective objective, LocalDate today) {
        return PlanHealth.statusOf(plan.stateOf(objective), today);
    }
}
