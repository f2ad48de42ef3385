package kam.planning.plan;

/** What a plan covers: the whole account, one unit of its group, or one of our departments serving it. */
public enum Scope {
    ACCOUNT,
    UNIT,
    DEPARTMENT
}
