package kam.review.facts;

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

    /** The {@code n} best-scored active accounts, best first: the cadence by rank. */
    /**
     * The best-scored {@code n} accounts of the agreed key-account list: ranked within the list, never over raw
     * scores, so that an account the scores merely propose books no meeting.
     */
    public List<AccountCopy> topScored(int n) {
        return find("name is not null and (status is null or status <> 'ARCHIVED') and score is not null"
                        + " and tier is not null order by score desc, accountId")
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
