package kam.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import kam.platform.web.problem.ProblemException;
import kam.platform.web.security.Roles;

/**
 * Who may change an account: a kam-admin any, an account manager the accounts they own. The account team (a later
 * slice) widens this to every member of the account's team.
 */
@ApplicationScoped
public class AccountPermissions {
    private final SecurityIdentity caller;

    public AccountPermissions(SecurityIdentity caller) {
        this.caller = caller;
    }

    public void requireCanChange(Account account) {
        if (caller.hasRole(Roles.KAM_ADMIN)) {
            return;
        }
        if (caller.hasRole(Roles.ACCOUNT_MANAGER) && callerId().equals(account.ownerId())) {
            return;
        }
        throw ProblemException.forbidden(
                "only the account's manager or a kam-admin may change account " + account.id());
    }

    /** An account manager who registers an account without naming its owner owns it. */
    public String defaultOwner(String requestedOwner) {
        if (requestedOwner == null && caller.hasRole(Roles.ACCOUNT_MANAGER) && !caller.hasRole(Roles.KAM_ADMIN)) {
            return callerId();
        }
        return requestedOwner;
    }

    private String callerId() {
        return caller.getPrincipal().getName();
    }
}
