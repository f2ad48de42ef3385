package kam.planning.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An account plan (or a satellite of one) for a period. Its content changes only in draft; an approved revision is
 * kept as approved ({@link PlanRevision}) and a change starts the next revision. Progress, commitments and comments
 * are recorded beside the content.
 */
@Entity
public class Plan {
    @Id
    private UUID id;

    private UUID accountId;
    private String title;

    @Enumerated(EnumType.STRING)
    private Scope scope;

    private UUID unitAccountId;
    private String department;
    private UUID parentPlanId;
    private UUID parentObjectiveId;
    private LocalDate periodStart;
    private int horizonYears;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    private int revision;
    private Integer approvedRevision;

    @JdbcTypeCode(SqlTypes.JSON)
    private PlanContent content;

    @JdbcTypeCode(SqlTypes.JSON)
    private Progress progress;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Commitment> commitments;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Comment> comments;

    private String closeReason;
    private String createdBy;
    private Instant createdAt;
    private Instant lastChangeAt;

    @Version
    private long version;

    protected Plan() {}

    public static Plan draft(UUID accountId, PlanHeader header, PlanContent content, String by, Instant now) {
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.accountId = accountId;
        plan.status = PlanStatus.DRAFT;
        plan.revision = 1;
        plan.progress = Progress.none();
        plan.commitments = List.of();
        plan.comments = List.of();
        plan.createdBy = by;
        plan.createdAt = now;
        plan.header(header);
        plan.content = content.withIds();
        plan.lastChangeAt = now;
        return plan;
    }

    /**
     * Replaces header and content; only a draft changes. Returns whether anything really changed: saving the same
     * plan again does not make it fresh.
     */
    public boolean edit(PlanHeader header, PlanContent newContent, Instant now) {
        if (status != PlanStatus.DRAFT) {
            throw new NotADraftException(this);
        }
        PlanContent next = newContent.withIds();
        // Items sent without an id are new ones: they get an id now, and count as a change.
        boolean changed = !header().equals(header) || !content.equals(next);
        if (changed) {
            header(header);
            content = next;
            lastChangeAt = now;
        }
        return changed;
    }

    /** Makes the move; a revision under review loses its commitments when it goes back to draft. */
    public PlanStatus move(Transition transition, Instant now) {
        PlanStatus next = transition.from(status);
        if (transition == Transition.APPROVE) {
            approvedRevision = revision;
        }
        if (transition == Transition.REVISE) {
            revision++;
        }
        if (next == PlanStatus.DRAFT) {
            commitments = List.of();
        }
        status = next;
        lastChangeAt = now;
        return next;
    }

    public void commit(String member, Instant now) {
        if (status != PlanStatus.SUBMITTED) {
            throw new Transition.IllegalTransitionException(status, "commit", Transition.allowedFrom(status));
        }
        if (committed(member)) {
            return;
        }
        List<Commitment> next = new ArrayList<>(commitments);
        next.add(new Commitment(member, revision, now));
        commitments = List.copyOf(next);
    }

    public boolean committed(String member) {
        return commitments.stream().anyMatch(c -> c.member().equals(member) && c.revision() == revision);
    }

    public void comment(String author, String text, Instant now) {
        List<Comment> next = new ArrayList<>(comments);
        next.add(new Comment(author, revision, text, now));
        comments = List.copyOf(next);
    }

    public void close(String reason) {
        closeReason = reason;
    }

    public void report(UUID objectiveId, Progress.Reported reported) {
        progress = progress.report(objectiveId, reported);
        lastChangeAt = reported.reportedAt();
    }

    public void stage(UUID opportunityId, PlanContent.Stage stage, Instant now) {
        progress = progress.stage(opportunityId, stage);
        lastChangeAt = now;
    }

    /** An action of the plan moved: that is a real change too. */
    public void touched(Instant now) {
        lastChangeAt = now;
    }

    /** An objective with the latest value and status reported for it, as health and roll-up judge it. */
    public PlanHealth.ObjectiveState stateOf(PlanContent.Objective objective) {
        Progress.Reported reported = progress.objectives().get(objective.id());
        return new PlanHealth.ObjectiveState(
                objective.target(),
                objective.dueDate(),
                reported == null ? null : reported.currentValue(),
                reported == null ? null : reported.status());
    }

    /** The stage an opportunity has reached: the latest moved to, else the one planned. */
    public PlanContent.Stage stageOf(PlanContent.Opportunity opportunity) {
        return progress.stages().getOrDefault(opportunity.id(), opportunity.stage());
    }

    private void header(PlanHeader header) {
        title = header.title();
        scope = header.scope();
        unitAccountId = header.unitAccountId();
        department = header.department();
        parentPlanId = header.parentPlanId();
        parentObjectiveId = header.parentObjectiveId();
        periodStart = header.periodStart();
        horizonYears = header.horizonYears();
    }

    public PlanHeader header() {
        return new PlanHeader(
                title, scope, unitAccountId, department, parentPlanId, parentObjectiveId, periodStart, horizonYears);
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public String title() {
        return title;
    }

    public Scope scope() {
        return scope;
    }

    public UUID parentPlanId() {
        return parentPlanId;
    }

    public UUID parentObjectiveId() {
        return parentObjectiveId;
    }

    public UUID unitAccountId() {
        return unitAccountId;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public int horizonYears() {
        return horizonYears;
    }

    public PlanStatus status() {
        return status;
    }

    public int revision() {
        return revision;
    }

    public Integer approvedRevision() {
        return approvedRevision;
    }

    public PlanContent content() {
        return content;
    }

    public Progress progress() {
        return progress;
    }

    public List<Commitment> commitments() {
        return commitments;
    }

    public List<Comment> comments() {
        return comments;
    }

    public String closeReason() {
        return closeReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastChangeAt() {
        return lastChangeAt;
    }

    public long version() {
        return version;
    }

    /** Only a draft changes; an approved revision never does. */
    public static class NotADraftException extends RuntimeException {
        NotADraftException(Plan plan) {
            super(
                    plan.status == PlanStatus.SUBMITTED
                            ? "revision " + plan.revision
                                    + " is submitted for approval; the mentor sends it back to change it"
                            : plan.status == PlanStatus.CLOSED
                                    ? "the plan is closed and takes no more changes"
                                    : "revision " + plan.revision
                                            + " is approved and never changes; start a revision with"
                                            + " POST /api/v1/plans/" + plan.id + "/revise");
        }
    }
}
