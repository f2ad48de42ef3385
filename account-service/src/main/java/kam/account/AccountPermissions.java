package kam.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import kam.account.team.TeamMemberRepository;
import kam.platform.web.problem.ProblemException;
import kam.platform.web.security.Roles;

/**
 * Who may do what with an account: a kam-admin anything; the account's team changes it; finance, executives and the
 * team read its revenue; every role reads the rest.
 */
@ApplicationScoped
public class AccountPermissions {
    private final SecurityIdentity caller;
    private final AccountRepository accounts;
    private final TeamMemberRepository team;

    public AccountPermissions(SecurityIdentity caller, AccountRepository accounts, TeamMemberRepository team) {
        this.caller = caller;
        this.accounts = accounts;
        this.team = team;
    }

    /**
     * The account, locked for this transaction's change, when it exists, the caller may change it and it is not
     * archived.
     */
    public Account changeable(UUID accountId) {
        Account account = accounts.requireForUpdate(accountId);
        requireCanChange(account);
        if (account.isArchived()) {
            throw new AccountArchivedException(accountId);
        }
        return account;
    }

    public void requireCanChange(Account account) {
        if (caller.hasRole(Roles.KAM_ADMIN) || onTeam(account)) {
            return;
        }
        throw ProblemException.forbidden("only the account's team or a kam-admin may change account " + account.id());
    }

    public void requireCanReadRevenue(Account account) {
        if (caller.hasRole(Roles.KAM_ADMIN)
                || caller.hasRole(Roles.FINANCE)
                || caller.hasRole(Roles.EXECUTIVE)
                || onTeam(account)) {
            return;
        }
        throw ProblemException.forbidden(
                "the revenue of account " + account.id() + " is for finance, executives and its team");
    }

    /** An account manager who registers an account without naming its owner becomes its account manager. */
    public String defaultOwner(String requestedOwner) {
        if (requestedOwner == null && caller.hasRole(Roles.ACCOUNT_MANAGER) && !caller.hasRole(Roles.KAM_ADMIN)) {
            return callerId();
        }
        return requestedOwner;
    }

    private boolean onTeam(Account account) {
        return !caller.isAnonymous() && team.isMember(account.id(), callerId());
    }

    private String callerId() {
        return caller.getPrincipal().getName();
    }
}
