package kam.planning.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanActionRepository implements PanacheRepositoryBase<PlanAction, UUID> {

    public List<PlanAction> ofPlan(UUID planId) {
        return list("planId = ?1 order by dueDate, id", planId);
    }

    /** Open actions past their due date that were not reported yet. */
    public List<PlanAction> newlyOverdue(LocalDate today) {
        return list("status = ?1 and dueDate < ?2 and overdueReportedAt is null", ActionStatus.OPEN, today);
    }

    public boolean existsForReviewItem(UUID actionItemId) {
        return count("originRef", actionItemId) > 0;
    }
}
