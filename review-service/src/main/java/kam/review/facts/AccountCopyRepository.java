package kam.review.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;

@ApplicationScoped
public class AccountCopyRepository implements PanacheRepositoryBase<AccountCopy, UUID> {

    /**
     * The copy, created empty when this is the first event about the account. Events about one account arrive on
     * several topics at once, so the row is inserted with "on conflict do nothing": the second consumer waits for the
     * first one's insert instead of failing on the primary key.
     */
    public AccountCopy findOrNew(UUID accountId, Instant now) {
        AccountCopy known = findById(accountId);
        if (known != null) {
            return known;
        }
        getEntityManager()
                .createNativeQuery(
                        "insert into account_copy (account_id, team, in_cadence, updated_at) values (:id, '{}', false, :now) on conflict do nothing")
                .setParameter("id", accountId)
                .setParameter("now", now)
                .executeUpdate();
        return findById(accountId);
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
