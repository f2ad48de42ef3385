package kam.planning.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kam.planning.account.AccountCopy;
import kam.planning.account.AccountCopyRepository;
import kam.platform.web.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reading plans: health, the roll-up of satellites, coverage of the key accounts, revisions and their diff. */
@ApplicationScoped
public class PlanReads {
    private final PlanRepository plans;
    private final PlanActionRepository actions;
    private final PlanRevisionRepository revisions;
    private final AccountCopyRepository accounts;
    private final ObjectMapper json;
    private final Clock clock;

    public PlanReads(
            PlanRepository plans,
            PlanActionRepository actions,
            PlanRevisionRepository revisions,
            AccountCopyRepository accounts,
            ObjectMapper json,
            Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.revisions = revisions;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
    }

    public PlanHealth health(UUID planId) {
        Plan plan = plans.require(planId);
        return health(plan, actions.ofPlan(planId));
    }

    private PlanHealth health(Plan plan, List<PlanAction> planActions) {
        Instant now = clock.instant();
        List<PlanHealth.ObjectiveState> objectives =
                plan.content().objectives().stream().map(plan::stateOf).toList();
        return PlanHealth.of(
                plan.lastChangeAt(), planActions.stream().map(PlanAction::state).toList(), objectives, now);
    }

    /** A plan's own delivery and, under each of its objectives, the satellites that cascade from it, recursively. */
    public record Rollup(
            UUID planId,
            String title,
            Scope scope,
            int actions,
            int actionsDone,
            int objectives,
            int objectivesAchieved,
            List<ObjectiveRollup> byObjective,
            int totalActions,
            int totalActionsDone,
            @Schema(nullable = true) Double totalDoneShare) {}

    public record ObjectiveRollup(
            UUID objectiveId,
            String title,
            @Schema(nullable = true) ObjectiveStatus status,
            List<Rollup> satellites) {}

    public Rollup rollup(UUID planId) {
        return rollup(plans.require(planId), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), 0);
    }

    private Rollup rollup(Plan plan, LocalDate today, int depth) {
        if (depth > 20) {
            throw new IllegalStateException("satellite plans nest deeper than 20 under " + plan.id());
        }
        List<PlanAction> own = actions.ofPlan(plan.id());
        int done =
                (int) own.stream().filter(a -> a.status() == ActionStatus.DONE).count();
        int counted = (int)
                own.stream().filter(a -> a.status() != ActionStatus.CANCELLED).count();
        Map<UUID, List<Plan>> satellites =
                plans.satellitesOf(plan.id()).stream().collect(Collectors.groupingBy(Plan::parentObjectiveId));
        int totalActions = counted;
        int totalDone = done;
        int achieved = 0;
        List<ObjectiveRollup> byObjective = new ArrayList<>();
        for (PlanContent.Objective objective : plan.content().objectives()) {
            ObjectiveStatus status = PlanExecution.statusOf(plan, objective, today);
            if (status == ObjectiveStatus.ACHIEVED) {
                achieved++;
            }
            List<Rollup> below = satellites.getOrDefault(objective.id(), List.of()).stream()
                    .map(satellite -> rollup(satellite, today, depth + 1))
                    .toList();
            for (Rollup satellite : below) {
                totalActions += satellite.totalActions();
                totalDone += satellite.totalActionsDone();
            }
            byObjective.add(new ObjectiveRollup(objective.id(), objective.title(), status, below));
        }
        return new Rollup(
                plan.id(),
                plan.title(),
                plan.scope(),
                counted,
                done,
                plan.content().objectives().size(),
                achieved,
                byObjective,
                totalActions,
                totalDone,
                totalActions == 0 ? null : totalDone / (double) totalActions);
    }

    /** A key account and where its plan stands; {@code planId} is null when it has none at all. */
    public record CoverageGap(
            UUID accountId,
            String name,
            @Schema(nullable = true) String tier,
            @Schema(nullable = true) UUID planId,
            @Schema(nullable = true) PlanStatus planStatus) {}

    /** The accounts in a key tier without an approved plan in force. */
    public List<CoverageGap> coverageGaps() {
        List<CoverageGap> gaps = new ArrayList<>();
        for (AccountCopy account : accounts.keyAccounts()) {
            Plan plan = plans.openMasterPlan(account.accountId()).orElse(null);
            if (plan == null || plan.approvedRevision() == null) {
                gaps.add(new CoverageGap(
                        account.accountId(),
                        account.name(),
                        account.tier(),
                        plan == null ? null : plan.id(),
                        plan == null ? null : plan.status()));
            }
        }
        return gaps;
    }

    public List<PlanRevision> revisions(UUID planId) {
        plans.require(planId);
        return revisions.of(planId);
    }

    public PlanRevision revision(UUID planId, int revision) {
        plans.require(planId);
        return revisions
                .find(planId, revision)
                .orElseThrow(() -> ProblemException.notFound("approved revision " + revision + " of plan", planId));
    }

    /** The changes from one approved revision to another, or to the plan as it is now when {@code to} is null. */
    public List<PlanDiff.Change> diff(UUID planId, int from, Integer to) {
        Plan plan = plans.require(planId);
        PlanContent before = revision(planId, from).content();
        PlanContent after = to == null || (to == plan.revision() && plan.status() == PlanStatus.DRAFT)
                ? plan.content()
                : revision(planId, to).content();
        Function<PlanContent, JsonNode> tree = json::valueToTree;
        return PlanDiff.between(tree.apply(before), tree.apply(after));
    }
}
