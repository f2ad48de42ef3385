package kam.planning.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    public Plan require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("plan", id));
    }

    /** The account's master plan that is not closed: the one in force if any, else the newest. */
    /** Plans in id order after the given id (from the first without one): bulk exports. */
    public List<Plan> after(UUID after, int limit) {
        return (after == null ? find("order by id") : find("id > ?1 order by id", after))
                .page(0, limit)
                .list();
    }

    public Optional<Plan> openMasterPlan(UUID accountId) {
        List<Plan> open = list(
                "accountId = ?1 and scope = ?2 and status <> ?3 order by createdAt desc",
                accountId,
                Scope.ACCOUNT,
                PlanStatus.CLOSED);
        return open.stream()
                .filter(plan -> plan.approvedRevision() != null)
                .findFirst()
                .or(() -> open.stream().findFirst());
    }

    public List<Plan> satellitesOf(UUID planId) {
        return list("parentPlanId = ?1 and status <> ?2 order by createdAt", planId, PlanStatus.CLOSED);
    }
}
