package kam.account.team;

/** What a person of ours does on an account. */
public enum TeamRole {
    ACCOUNT_MANAGER,
    EXECUTIVE_SPONSOR,
    MENTOR,
    TECHNICAL,
    COMMERCIAL,
    OPERATIONS,
    SERVICE,
    FINANCE,
    OTHER
}
