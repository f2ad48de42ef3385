package kam.scoring.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class AccountFactRepository implements PanacheRepositoryBase<AccountFact, UUID> {

    public AccountFact findOrNew(UUID accountId) {
        return findByIdOptional(accountId).orElseGet(() -> AccountFact.of(accountId));
    }

    /**
     * Every registered, active account, loaded read-only: the whole portfolio is read to compute over it, and
     * read-only entities keep no snapshot and are skipped when the persistence context is flushed.
     */
    public List<AccountFact> activeAccounts() {
        return find("status <> 'ARCHIVED'")
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }

    /** What concentration needs of every active account, without loading the accounts. */
    public List<Holding> revenueOfActiveAccounts() {
        return getEntityManager()
                .createQuery(
                        "select new kam.scoring.facts.Holding(f.accountId, f.parentId, f.name, f.revenue12m, f.currency)"
                                + " from AccountFact f where f.status <> 'ARCHIVED'",
                        Holding.class)
                .getResultList();
    }
}
