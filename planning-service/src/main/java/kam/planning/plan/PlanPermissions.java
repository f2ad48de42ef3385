package kam.planning.plan;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import kam.planning.account.AccountCopy;
import kam.planning.account.AccountCopyRepository;
import kam.platform.web.problem.ProblemException;
import kam.platform.web.security.Roles;

/**
 * Who may do what with a plan: the account's team edits it and tracks its progress; its account manager submits it;
 * each core team member commits; a mentor approves or sends it back; a kam-admin may do all of it. Everyone with a
 * role reads. The team is planning's copy from the account events.
 */
@ApplicationScoped
public class PlanPermissions {
    private final SecurityIdentity caller;
    private final AccountCopyRepository accounts;

    public PlanPermissions(SecurityIdentity caller, AccountCopyRepository accounts) {
        this.caller = caller;
        this.accounts = accounts;
    }

    public String callerId() {
        return caller.getPrincipal().getName();
    }

    /** The account, when the caller is on its team (or a kam-admin). */
    public AccountCopy requireTeam(UUID accountId) {
        AccountCopy account = accounts.require(accountId);
        if (!isAdmin() && !account.onTeam(callerId())) {
            throw ProblemException.forbidden(
                    "only the team of account " + accountId + " or a kam-admin may change its plans");
        }
        return account;
    }

    public AccountCopy requireAccountManager(UUID accountId) {
        AccountCopy account = accounts.require(accountId);
        if (!isAdmin() && !callerId().equals(account.accountManager())) {
            throw ProblemException.forbidden("only the account manager of account " + accountId + " submits its plans");
        }
        return account;
    }

    /** The caller, when they are a core team member of the account (the mentor approves instead). */
    public String requireCoreMember(UUID accountId) {
        AccountCopy account = accounts.require(accountId);
        if (!account.coreTeam().containsKey(callerId())) {
            throw ProblemException.forbidden(
                    "only the core team of account " + accountId + " commits to its plan; the mentor approves it");
        }
        return callerId();
    }

    private boolean isAdmin() {
        return caller.hasRole(Roles.KAM_ADMIN);
    }
}
