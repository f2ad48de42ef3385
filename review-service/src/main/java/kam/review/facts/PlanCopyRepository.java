package kam.review.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanCopyRepository implements PanacheRepositoryBase<PlanCopy, UUID> {

    public List<PlanCopy> approvedFor(UUID accountId) {
        return list("accountId = ?1 and status = ?2 order by approvedOn desc", accountId, PlanCopy.APPROVED);
    }
}
