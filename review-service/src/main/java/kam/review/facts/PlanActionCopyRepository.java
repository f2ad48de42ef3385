package kam.review.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanActionCopyRepository implements PanacheRepositoryBase<PlanActionCopy, UUID> {

    public PlanActionCopy findOrNew(
            UUID actionId, UUID planId, UUID accountId, String title, String owner, LocalDate dueDate) {
        return findByIdOptional(actionId).orElseGet(() -> {
            PlanActionCopy action = PlanActionCopy.of(actionId, planId, accountId, title, owner, dueDate);
            persist(action);
            return action;
        });
    }

    public List<PlanActionCopy> overdueFor(UUID accountId) {
        return list("accountId = ?1 and overdue = true order by dueDate", accountId);
    }

    public List<PlanActionCopy> completedBetween(UUID accountId, LocalDate from, LocalDate to) {
        return list("accountId = ?1 and completedOn between ?2 and ?3", accountId, from, to);
    }
}
