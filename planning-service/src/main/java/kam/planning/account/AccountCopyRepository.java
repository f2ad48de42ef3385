package kam.planning.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kam.platform.messaging.copy.CopiedAccounts;

@ApplicationScoped
public class AccountCopyRepository implements PanacheRepositoryBase<AccountCopy, UUID> {

    /** The copy, created empty and locked when this is the first event about the account. */
    public AccountCopy findOrNew(UUID accountId, Instant now) {
        return CopiedAccounts.findOrNew(getEntityManager(), AccountCopy.class, accountId, now);
    }

    /** The account, known from its registration. */
    public AccountCopy require(UUID accountId) {
        return CopiedAccounts.require(getEntityManager(), AccountCopy.class, accountId);
    }

    /** Accounts in a key tier, best known first by name. */
    public List<AccountCopy> keyAccounts() {
        return list("tier is not null and (status is null or status <> 'ARCHIVED') order by name");
    }
}
