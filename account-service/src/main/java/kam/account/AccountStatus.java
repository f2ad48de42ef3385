package kam.account;

/** Where an account stands. ARCHIVED is reached only by archiving, and is final. */
public enum AccountStatus {
    PROSPECT,
    ACTIVE,
    ARCHIVED
}
