package kam.scoring.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;

@ApplicationScoped
public class ScoringModelRepository implements PanacheRepositoryBase<ScoringModel, UUID> {

    public ScoringModel require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("scoring model", id));
    }

    public Optional<ScoringModel> active() {
        return find("status", ModelStatus.PUBLISHED).firstResultOptional();
    }

    public List<ScoringModel> newestFirst() {
        return list("order by createdAt desc, id");
    }
}
