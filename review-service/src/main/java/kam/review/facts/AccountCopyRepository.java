package kam.review.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kam.platform.messaging.copy.CopiedAccount;
import kam.platform.web.problem.ProblemException;

@ApplicationScoped
public class AccountCopyRepository implements PanacheRepositoryBase<AccountCopy, UUID> {

    /**
     * The copy, created empty when this is the first event about the account ({@link CopiedAccount#insertIfAbsent}).
     * The row stays locked to the end of the transaction, so that consumers of several topics take turns instead of
     * writing back each other's stale copy.
     */
    public AccountCopy findOrNew(UUID accountId, Instant now) {
        AccountCopy known = findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        if (known != null) {
            return known;
        }
        CopiedAccount.insertIfAbsent(getEntityManager(), accountId, now);
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

    /** The {@code n} best-scored active accounts, best first: the cadence by rank. */
    public List<AccountCopy> topScored(int n) {
        return find("name is not null and (status is null or status <> 'ARCHIVED') and score is not null"
                        + " order by score desc, accountId")
                .page(0, n)
                .list();
    }

    public List<AccountCopy> inTiers(List<String> tiers) {
        return list("name is not null and (status is null or status <> 'ARCHIVED') and tier in ?1", tiers);
    }

    public List<AccountCopy> inCadence() {
        return list("inCadence = true order by name");
    }
}
