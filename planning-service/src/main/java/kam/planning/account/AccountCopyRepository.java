package kam.planning.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;

@ApplicationScoped
public class AccountCopyRepository implements PanacheRepositoryBase<AccountCopy, UUID> {

    public AccountCopy findOrNew(UUID accountId, Instant now) {
        return findByIdOptional(accountId).orElseGet(() -> {
            AccountCopy copy = AccountCopy.of(accountId, now);
            persist(copy);
            return copy;
        });
    }

    /** The account, known from its registration. */
    public AccountCopy require(UUID accountId) {
        AccountCopy copy = findById(accountId);
        if (copy == null || copy.name() == null) {
            throw ProblemException.notFound("account", accountId);
        }
        return copy;
    }

    /** Accounts in a key tier, best known first by name. */
    public List<AccountCopy> keyAccounts() {
        return list("tier is not null and (status is null or status <> 'ARCHIVED') order by name");
    }
}
