package kam.scoring.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AccountFactRepository implements PanacheRepositoryBase<AccountFact, UUID> {

    public AccountFact findOrNew(UUID accountId) {
        return findByIdOptional(accountId).orElseGet(() -> AccountFact.of(accountId));
    }

    public List<AccountFact> activeAccounts() {
        return list("status <> 'ARCHIVED'");
    }

    public List<AccountFact> unitsOf(UUID accountId) {
        return list("parentId = ?1 and status <> 'ARCHIVED'", accountId);
    }
}
