package kam.account;

/** The customer's size band. */
public enum AccountSize {
    SMALL,
    MEDIUM,
    LARGE,
    ENTERPRISE
}
