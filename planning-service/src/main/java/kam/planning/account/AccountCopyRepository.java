package kam.planning.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;

@ApplicationScoped
public class AccountCopyRepository implements PanacheRepositoryBase<AccountCopy, UUID> {

    /**
     * The copy, created empty when this is the first event about the account. Events about one account arrive on
     * several topics at once, so the row is inserted with "on conflict do nothing": the second consumer waits for the
     * first one's insert instead of failing on the primary key. The row stays locked to the end of the transaction,
     * so that the consumers take turns instead of writing back each other's stale copy.
     */
    public AccountCopy findOrNew(UUID accountId, Instant now) {
        AccountCopy known = findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        if (known != null) {
            return known;
        }
        getEntityManager()
                .createNativeQuery(
                        "insert into account_copy (account_id, team, updated_at) values (:id, '{}', :now) on conflict do nothing")
                .setParameter("id", accountId)
                .setParameter("now", now)
                .executeUpdate();
        return findById(accountId, LockModeType.PESSIMISTIC_WRITE);
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
