package kam.scoring.score;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AccountScoreRepository implements PanacheRepositoryBase<AccountScore, UUID> {

    /** Every scored account, best first; accounts with no score last. */
    public List<AccountScore> ranked() {
        return list("order by state.score desc nulls last, accountId");
    }
}
