package kam.review.review;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;
import kam.platform.web.security.Roles;
import kam.review.facts.AccountCopy;
import kam.review.facts.AccountCopyRepository;

/**
 * Who may do what with reviews: the account's team books, moves, cancels and records them, and invites people; each
 * attendee answers for themselves; a kam-admin may do all of it. Everyone with a role reads. The team is review's
 * copy from the account events.
 */
@ApplicationScoped
public class ReviewPermissions {
    private final SecurityIdentity caller;
    private final AccountCopyRepository accounts;

    public ReviewPermissions(SecurityIdentity caller, AccountCopyRepository accounts) {
        this.caller = caller;
        this.accounts = accounts;
    }

    public String callerId() {
        return caller.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return caller.hasRole(Roles.KAM_ADMIN);
    }

    /** The account, when the caller is on its team (or a kam-admin). */
    public AccountCopy requireTeam(UUID accountId) {
        AccountCopy account = accounts.require(accountId);
        if (!isAdmin() && !account.onTeam(callerId())) {
            throw ProblemException.forbidden(
                    "only the team of account " + accountId + " or a kam-admin may change its reviews");
        }
        return account;
    }

    /** The person whose answer is recorded: the caller, or anyone when a kam-admin records it for them. */
    public void requireSelf(String userId) {
        if (!isAdmin() && !callerId().equals(userId)) {
            throw ProblemException.forbidden("attendees answer for themselves");
        }
    }
}
