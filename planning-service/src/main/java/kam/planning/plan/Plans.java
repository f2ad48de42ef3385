package kam.planning.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import kam.planning.account.AccountCopy;
import kam.planning.account.AccountCopyRepository;
import kam.planning.messaging.PlanningEvents;
import kam.platform.messaging.Outbox;
import kam.platform.web.Preconditions;
import kam.platform.web.problem.ProblemException;

/** Drafting plans and moving them through their life: submit, commit, approve or send back, activate, revise, close. */
@ApplicationScoped
public class Plans {
    /** Who the drafts that planning starts by itself are by. */
    private static final String DRAFTED_BY = "planning-service";

    private final PlanRepository plans;
    private final PlanRevisionRepository revisions;
    private final AccountCopyRepository accounts;
    private final PlanPermissions permissions;
    private final Outbox outbox;
    private final Clock clock;

    public Plans(
            PlanRepository plans,
            PlanRevisionRepository revisions,
            AccountCopyRepository accounts,
            PlanPermissions permissions,
            Outbox outbox,
            Clock clock) {
        this.plans = plans;
        this.revisions = revisions;
        this.accounts = accounts;
        this.permissions = permissions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Plan create(UUID accountId, PlanHeader header, PlanContent content) {
        permissions.requireTeam(accountId);
        requireCoherent(null, accountId, header);
        Plan plan = Plan.draft(accountId, header, content, permissions.callerId(), clock.instant());
        plans.persist(plan);
        return plan;
    }

    /** A draft plan for a key account that has none, started for its team (from a tier change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void startDraftFor(AccountCopy account) {
        if (plans.openMasterPlan(account.accountId()).isPresent()) {
            return;
        }
        LocalDate nextMonth = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .withDayOfMonth(1)
                .plusMonths(1);
        String name = account.name() == null ? "Key account" : account.name();
        PlanHeader header = new PlanHeader(name + " account plan", Scope.ACCOUNT, null, null, null, null, nextMonth, 3);
        plans.persist(Plan.draft(account.accountId(), header, PlanContent.empty(), DRAFTED_BY, clock.instant()));
    }

    /**
     * The account left the agreed key-account list: the draft planning started for it, if no one has touched it since,
     * closes, so that drafts stay for key accounts only. A draft someone worked on is theirs to close.
     */
    public void closeUntouchedDraftFor(AccountCopy account) {
        plans.openMasterPlan(account.accountId())
                .filter(plan -> plan.status() == PlanStatus.DRAFT
                        && DRAFTED_BY.equals(plan.createdBy())
                        && plan.lastChangeAt().equals(plan.createdAt()))
                .ifPresent(plan -> {
                    plan.move(Transition.CLOSE, clock.instant());
                    plan.close("the account left the agreed key-account list");
                    outbox.publish(PlanningEvents.closed(plan, DRAFTED_BY));
                });
    }

    /**
     * The merged account's plans that are not closed close, naming the survivor, whose own plan goes on (the survivor
     * holds the merged account's people and units now; a satellite for a unit is planned under its master plan).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeForMerger(UUID mergedId, UUID survivorId, String survivorName) {
        for (Plan plan : plans.list("accountId = ?1 and status <> ?2", mergedId, PlanStatus.CLOSED)) {
            plan.move(Transition.CLOSE, clock.instant());
            plan.close("the account merged into " + survivorName + " (" + survivorId + ")");
            outbox.publish(PlanningEvents.closed(plan, DRAFTED_BY));
        }
    }

    @Transactional
    public Plan edit(UUID planId, String ifMatch, PlanHeader header, PlanContent content) {
        Plan plan = changeable(planId, ifMatch);
        requireCoherent(plan, plan.accountId(), header);
        plan.edit(header, content, clock.instant());
        return flushed(plan);
    }

    @Transactional
    public Plan submit(UUID planId, String ifMatch) {
        Plan plan = plans.require(planId);
        permissions.requireAccountManager(plan.accountId());
        Preconditions.requireIfMatch(ifMatch, plan.version());
        plan.move(Transition.SUBMIT, clock.instant());
        outbox.publish(PlanningEvents.submitted(plan, permissions.callerId()));
        return flushed(plan);
    }

    @Transactional
    public Plan commit(UUID planId, String ifMatch) {
        Plan plan = plans.require(planId);
        String member = permissions.requireCoreMember(plan.accountId());
        Preconditions.requireIfMatch(ifMatch, plan.version());
        plan.commit(member, clock.instant());
        return flushed(plan);
    }

    /** Approves the revision under review; every core team member must have committed to it first. */
    @Transactional
    public Plan approve(UUID planId, String ifMatch) {
        Plan plan = plans.require(planId);
        Preconditions.requireIfMatch(ifMatch, plan.version());
        List<String> missing = pendingCommitments(plan);
        if (plan.status() == PlanStatus.SUBMITTED && !missing.isEmpty()) {
            throw ProblemException.conflict("the core team has not all committed to revision " + plan.revision()
                    + "; waiting for " + String.join(", ", missing));
        }
        Instant now = clock.instant();
        plan.move(Transition.APPROVE, now);
        revisions.persist(PlanRevision.of(plan, permissions.callerId(), now));
        outbox.publish(PlanningEvents.approved(plan, permissions.callerId()));
        return flushed(plan);
    }

    @Transactional
    public Plan sendBack(UUID planId, String ifMatch, String comment) {
        Plan plan = plans.require(planId);
        Preconditions.requireIfMatch(ifMatch, plan.version());
        Instant now = clock.instant();
        plan.move(Transition.SEND_BACK, now);
        plan.comment(permissions.callerId(), comment, now);
        return flushed(plan);
    }

    @Transactional
    public Plan activate(UUID planId, String ifMatch) {
        Plan plan = changeable(planId, ifMatch);
        plan.move(Transition.ACTIVATE, clock.instant());
        return flushed(plan);
    }

    /** Starts the next revision of an approved plan; the approved one stays in force until the next is approved. */
    @Transactional
    public Plan revise(UUID planId, String ifMatch) {
        Plan plan = changeable(planId, ifMatch);
        plan.move(Transition.REVISE, clock.instant());
        outbox.publish(PlanningEvents.revised(plan, permissions.callerId()));
        return flushed(plan);
    }

    @Transactional
    public Plan close(UUID planId, String ifMatch, String reason) {
        Plan plan = changeable(planId, ifMatch);
        plan.move(Transition.CLOSE, clock.instant());
        plan.close(reason);
        outbox.publish(PlanningEvents.closed(plan, permissions.callerId()));
        return flushed(plan);
    }

    /** The core team members who have not committed to the revision under review. */
    public List<String> pendingCommitments(Plan plan) {
        AccountCopy account = accounts.findById(plan.accountId());
        if (account == null || plan.status() != PlanStatus.SUBMITTED) {
            return List.of();
        }
        return account.coreTeam().keySet().stream()
                .filter(member -> !plan.committed(member))
                .sorted()
                .toList();
    }

    private Plan changeable(UUID planId, String ifMatch) {
        Plan plan = plans.require(planId);
        permissions.requireTeam(plan.accountId());
        Preconditions.requireIfMatch(ifMatch, plan.version());
        return plan;
    }

    /**
     * The customer group is the key account (DOMAIN.md): a unit holding no tier of its own shares its group's, and is
     * planned in a UNIT satellite of the group's master plan, not in a master plan of its own. A unit that stands
     * alone (the selection policy lets it) holds a tier of its own, and its own plan.
     */
    private void requireNotAUnitOfAKeyGroup(UUID accountId) {
        AccountCopy account = accounts.findById(accountId);
        if (account == null || account.parentId() == null || account.tier() != null) {
            return;
        }
        AccountCopy group = accounts.findById(account.parentId());
        if (group != null && group.active()) {
            throw ProblemException.unprocessable(
                    "scope",
                    "account " + accountId + " is a unit of " + Objects.requireNonNullElse(group.name(), "its group")
                            + " (" + group.accountId() + "), the key account: plan the unit in a UNIT satellite of"
                            + " the group's master plan");
        }
    }

    /** Flushed, so that the answer carries the version (and ETag) the change made. */
    private Plan flushed(Plan plan) {
        plans.flush();
        return plan;
    }

    /**
     * A master plan stands alone; a satellite names the master plan's objective it cascades from, and its unit (a
     * unit of the account's group) or our department. A satellite under its own descendant would be a cycle.
     */
    private void requireCoherent(Plan plan, UUID accountId, PlanHeader header) {
        if (header.scope() == Scope.ACCOUNT) {
            if (header.parentPlanId() != null || header.unitAccountId() != null || header.department() != null) {
                throw ProblemException.unprocessable(
                        "scope",
                        "an ACCOUNT plan has no parent plan, unit or department; a satellite is UNIT or"
                                + " DEPARTMENT");
            }
            requireNotAUnitOfAKeyGroup(accountId);
            return;
        }
        if (header.parentPlanId() == null || header.parentObjectiveId() == null) {
            throw ProblemException.unprocessable(
                    header.parentPlanId() == null ? "parentPlanId" : "parentObjectiveId",
                    "a satellite plan cascades from an objective of its master plan");
        }
        Plan parent = plans.findById(header.parentPlanId());
        if (parent == null) {
            throw ProblemException.unprocessable("parentPlanId", "no plan " + header.parentPlanId());
        }
        if (!parent.accountId().equals(accountId)) {
            throw ProblemException.unprocessable("parentPlanId", "is a plan of another account");
        }
        if (parent.content().objective(header.parentObjectiveId()).isEmpty()) {
            throw ProblemException.unprocessable("parentObjectiveId", "is not an objective of the master plan");
        }
        if (header.scope() == Scope.UNIT) {
            AccountCopy unit = header.unitAccountId() == null ? null : accounts.findById(header.unitAccountId());
            if (unit == null || !accountId.equals(unit.parentId())) {
                throw ProblemException.unprocessable("unitAccountId", "must be a unit of account " + accountId);
            }
        } else if (header.department() == null || header.department().isBlank()) {
            throw ProblemException.unprocessable("department", "a DEPARTMENT plan names our department");
        }
        if (plan != null) {
            Set<UUID> seen = new HashSet<>();
            for (Plan up = parent;
                    up != null;
                    up = up.parentPlanId() == null ? null : plans.findById(up.parentPlanId())) {
                if (up.id().equals(plan.id()) || !seen.add(up.id())) {
                    throw ProblemException.unprocessable(
                            "parentPlanId", "would make plan " + plan.id() + " a satellite of itself");
                }
            }
        }
    }
}
