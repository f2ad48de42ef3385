package kam.review.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionStage;
import kam.platform.events.CloudEvent;
import kam.platform.events.account.AccountArchived;
import kam.platform.events.account.AccountMerged;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.account.AccountUpdated;
import kam.platform.events.account.CoverageChanged;
import kam.platform.events.account.TeamChanged;
import kam.platform.events.planning.ActionCompleted;
import kam.platform.events.planning.ActionOverdue;
import kam.platform.events.planning.ObjectiveAchieved;
import kam.platform.events.planning.PlanApproved;
import kam.platform.events.planning.PlanClosed;
import kam.platform.events.scoring.ConcentrationMeasured;
import kam.platform.events.scoring.ScoreChanged;
import kam.platform.events.scoring.TierChangedV2;
import kam.platform.messaging.Inbox;
import kam.review.cadence.Cadence;
import kam.review.facts.AccountCopy;
import kam.review.facts.AccountCopyRepository;
import kam.review.facts.ConcentrationSnapshot;
import kam.review.facts.ConcentrationSnapshotRepository;
import kam.review.facts.PlanActionCopyRepository;
import kam.review.facts.PlanCopy;
import kam.review.facts.PlanCopyRepository;
import kam.review.facts.ScorePoint;
import kam.review.facts.ScorePointRepository;
import kam.review.review.ReviewKind;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What review takes from the other services, each through the idempotent inbox: its copy of the accounts, teams and
 * coverage (kam.accounts); scores, the agreed list's tiers and concentration (kam.scoring), which decide who is in the
 * cadence; and the
 * approved plans and their delivery (kam.planning), which book mentor reviews and fill the agenda.
 */
@ApplicationScoped
public class ReviewConsumers {
    private final Inbox inbox;
    private final AccountCopyRepository accounts;
    private final ScorePointRepository scores;
    private final PlanCopyRepository plans;
    private final PlanActionCopyRepository planActions;
    private final ConcentrationSnapshotRepository concentration;
    private final Cadence cadence;

    public ReviewConsumers(
            Inbox inbox,
            AccountCopyRepository accounts,
            ScorePointRepository scores,
            PlanCopyRepository plans,
            PlanActionCopyRepository planActions,
            ConcentrationSnapshotRepository concentration,
            Cadence cadence) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.scores = scores;
        this.plans = plans;
        this.planActions = planActions;
        this.concentration = concentration;
        this.cadence = cadence;
    }

    @Incoming("accounts")
    @Blocking
    public CompletionStage<Void> onAccountEvent(ConsumerRecord<String, String> record) {
        return inbox.handle("review.accounts", record, event -> {
            cadence.serialize();
            applyAccountEvent(event);
        });
    }

    @Incoming("scoring")
    @Blocking
    public CompletionStage<Void> onScoringEvent(ConsumerRecord<String, String> record) {
        return inbox.handle("review.scoring", record, event -> {
            cadence.serialize();
            applyScoringEvent(event);
        });
    }

    @Incoming("planning")
    @Blocking
    public CompletionStage<Void> onPlanningEvent(ConsumerRecord<String, String> record) {
        return inbox.handle("review.planning", record, event -> {
            cadence.serialize();
            applyPlanningEvent(event);
        });
    }

    private void applyAccountEvent(CloudEvent<Object> event) {
        Object data = event.data();
        Instant when = event.time();
        if (data instanceof AccountRegistered registered) {
            accounts.findOrNew(registered.accountId(), when).describe(registered.account(), when);
            cadence.reconcile();
        } else if (data instanceof AccountUpdated updated) {
            accounts.findOrNew(updated.accountId(), when).describe(updated.account(), when);
            cadence.reconcile();
        } else if (data instanceof AccountArchived archived) {
            accounts.findOrNew(archived.accountId(), when).archive(when);
            cadence.reconcile();
            cadence.cancelFuture(archived.accountId(), ReviewKind.MENTOR, "the account was archived");
        } else if (data instanceof AccountMerged merged) {
            // Told before the merged account's archiving: its reviews to come end naming the survivor, whose own
            // cadence goes on.
            String reason =
                    "the account merged into " + merged.survivorName() + " (" + merged.survivorAccountId() + ")";
            cadence.cancelFuture(merged.accountId(), ReviewKind.ACCOUNT, reason);
            cadence.cancelFuture(merged.accountId(), ReviewKind.MENTOR, reason);
        } else if (data instanceof TeamChanged team) {
            AccountCopy account = accounts.findOrNew(team.accountId(), when);
            account.teamChanged(team, when);
            cadence.teamChanged(account, team.userId(), team.role(), "REMOVED".equals(team.change()));
        } else if (data instanceof CoverageChanged coverage) {
            accounts.findOrNew(coverage.accountId(), when)
                    .coverage(coverage.status(), coverage.statusLabel(), coverage.singleThreaded(), when);
        }
    }

    private void applyScoringEvent(CloudEvent<Object> event) {
        Object data = event.data();
        Instant when = event.time();
        if (data instanceof ScoreChanged changed) {
            accounts.findOrNew(changed.accountId(), when).scored(changed.score(), changed.tier(), when);
            scores.persist(ScorePoint.of(changed.accountId(), when, changed.score(), changed.tier()));
            cadence.reconcile();
        } else if (data instanceof TierChangedV2 changed) {
            // The agreed list's tiers (v2); v1, published beside it for older readers, is not read here.
            AccountCopy account = accounts.findOrNew(changed.accountId(), when);
            account.tier(changed.tier(), when);
            scores.persist(ScorePoint.of(changed.accountId(), when, account.score(), changed.tier()));
            cadence.reconcile();
        } else if (data instanceof ConcentrationMeasured measured) {
            concentration.persist(ConcentrationSnapshot.of(measured, when));
        }
    }

    private void applyPlanningEvent(CloudEvent<Object> event) {
        Object data = event.data();
        Instant when = event.time();
        if (data instanceof PlanApproved approved) {
            LocalDate on = LocalDate.ofInstant(when, ZoneOffset.UTC);
            PlanCopy plan = plans.findByIdOptional(approved.planId()).orElse(null);
            if (plan == null) {
                plan = PlanCopy.approved(
                        approved.planId(), approved.accountId(), approved.title(), approved.revision(), on, when);
                plans.persist(plan);
            } else {
                plan.approve(approved.title(), approved.revision(), on, when);
            }
            cadence.mentorReview(plan, accounts.findOrNew(approved.accountId(), when));
        } else if (data instanceof PlanClosed closed) {
            plans.findByIdOptional(closed.planId()).ifPresent(plan -> plan.close(when));
            if (plans.approvedFor(closed.accountId()).isEmpty()) {
                cadence.cancelFuture(closed.accountId(), ReviewKind.MENTOR, "the plan was closed: " + closed.reason());
            }
        } else if (data instanceof ObjectiveAchieved achieved) {
            plans.findByIdOptional(achieved.planId()).ifPresent(plan -> plan.objectiveAchieved(achieved.title(), when));
        } else if (data instanceof ActionOverdue overdue) {
            planActions
                    .findOrNew(
                            overdue.actionId(),
                            overdue.planId(),
                            overdue.accountId(),
                            overdue.title(),
                            overdue.owner(),
                            overdue.dueDate())
                    .overdue(overdue.owner(), overdue.dueDate());
        } else if (data instanceof ActionCompleted completed) {
            planActions
                    .findOrNew(
                            completed.actionId(),
                            completed.planId(),
                            completed.accountId(),
                            completed.title(),
                            completed.owner(),
                            completed.dueDate())
                    .completed(completed.completedOn(), completed.onTime());
        }
    }
}
