package kam.planning.plan;

/** Where a plan is in its life: drafted, submitted for approval, approved, active in its period, closed. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    ACTIVE,
    CLOSED
}
