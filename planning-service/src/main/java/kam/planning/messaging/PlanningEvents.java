package kam.planning.messaging;

import kam.planning.plan.Plan;
import kam.planning.plan.PlanAction;
import kam.planning.plan.PlanContent;
import kam.platform.events.planning.ActionCompleted;
import kam.platform.events.planning.ActionOverdue;
import kam.platform.events.planning.ObjectiveAchieved;
import kam.platform.events.planning.OpportunityStageChanged;
import kam.platform.events.planning.PlanApproved;
import kam.platform.events.planning.PlanClosed;
import kam.platform.events.planning.PlanRevised;
import kam.platform.events.planning.PlanSubmitted;

/** The events planning publishes, shaped as the event contract says. */
public final class PlanningEvents {
    private PlanningEvents() {}

    public static PlanSubmitted submitted(Plan plan, String by) {
        return new PlanSubmitted(plan.id(), plan.accountId(), plan.revision(), plan.title(), by);
    }

    public static PlanApproved approved(Plan plan, String by) {
        return new PlanApproved(
                plan.id(),
                plan.accountId(),
                plan.revision(),
                plan.title(),
                plan.periodStart(),
                plan.horizonYears(),
                by);
    }

    public static PlanRevised revised(Plan plan, String by) {
        return new PlanRevised(plan.id(), plan.accountId(), plan.revision(), plan.revision() - 1, by);
    }

    public static PlanClosed closed(Plan plan, String by) {
        return new PlanClosed(plan.id(), plan.accountId(), plan.revision(), plan.closeReason(), by);
    }

    public static ActionCompleted completed(PlanAction action) {
        return new ActionCompleted(
                action.id(),
                action.planId(),
                action.accountId(),
                action.title(),
                action.owner(),
                action.dueDate(),
                action.completedOn(),
                !action.completedOn().isAfter(action.dueDate()));
    }

    public static ActionOverdue overdue(PlanAction action) {
        return new ActionOverdue(
                action.id(), action.planId(), action.accountId(), action.title(), action.owner(), action.dueDate());
    }

    public static ObjectiveAchieved achieved(Plan plan, PlanContent.Objective objective, java.math.BigDecimal value) {
        return new ObjectiveAchieved(
                objective.id(),
                plan.id(),
                plan.accountId(),
                objective.title(),
                objective.metric(),
                objective.target(),
                value);
    }

    public static OpportunityStageChanged stageChanged(
            Plan plan, PlanContent.Opportunity opportunity, PlanContent.Stage previous, PlanContent.Stage stage) {
        return new OpportunityStageChanged(
                opportunity.id(),
                plan.id(),
                plan.accountId(),
                opportunity.name(),
                previous == null ? null : previous.name(),
                stage.name(),
                opportunity.value(),
                opportunity.currency());
    }
}
