package kam.planning.plan;

public enum ObjectiveStatus {
    ON_TRACK,
    OFF_TRACK,
    ACHIEVED
}
