package kam.planning.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRevisionRepository implements PanacheRepositoryBase<PlanRevision, PlanRevision.Key> {

    public List<PlanRevision> of(UUID planId) {
        return list("planId = ?1 order by revision", planId);
    }

    public Optional<PlanRevision> find(UUID planId, int revision) {
        return find("planId = ?1 and revision = ?2", planId, revision).firstResultOptional();
    }
}
