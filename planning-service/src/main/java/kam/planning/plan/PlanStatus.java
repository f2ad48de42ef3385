package kam.planning.plan;

/** Where a plan is in its life: drafted, submitted for approval, approved, active in its period, closed. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    ACTIVE,
    CLOSED;

    /** A plan in force: its latest approved revision is what the team delivers. */
    public boolean inForce() {
        return this == APPROVED || this == ACTIVE;
    }
}
