package kam.planning.plan;

public enum ActionStatus {
    OPEN,
    DONE,
    CANCELLED
}
