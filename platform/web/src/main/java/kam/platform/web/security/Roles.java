package kam.platform.web.security;

/** The roles a bearer token's {@code groups} claim may hold. */
public final class Roles {
    public static final String KAM_ADMIN = "kam-admin";
    public static final String ACCOUNT_MANAGER = "account-manager";
    public static final String EXECUTIVE = "executive";
    public static final String MENTOR = "mentor";
    public static final String FINANCE = "finance";
    public static final String VIEWER = "viewer";

    private Roles() {}
}
