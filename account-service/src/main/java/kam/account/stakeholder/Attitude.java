package kam.account.stakeholder;

/** How a stakeholder stands towards us. */
public enum Attitude {
    CHAMPION,
    SUPPORTER,
    NEUTRAL,
    SCEPTIC,
    BLOCKER;

    public boolean supportive() {
        return this == CHAMPION || this == SUPPORTER;
    }
}
