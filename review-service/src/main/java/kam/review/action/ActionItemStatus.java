package kam.review.action;

public enum ActionItemStatus {
    OPEN,
    CLOSED
}
