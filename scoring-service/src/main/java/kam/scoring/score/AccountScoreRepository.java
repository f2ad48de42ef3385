package kam.scoring.score;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AccountScoreRepository implements PanacheRepositoryBase<AccountScore, UUID> {

    /** Every scored account, best first; accounts with no score last. */
    /** Current scores in account id order after the given account (from the first without one): bulk exports. */
    public List<AccountScore> after(UUID after, int limit) {
        return (after == null ? find("order by accountId") : find("accountId > ?1 order by accountId", after))
                .page(0, limit)
                .list();
    }

    public List<AccountScore> ranked() {
        return list("order by state.score desc nulls last, accountId");
    }
}
