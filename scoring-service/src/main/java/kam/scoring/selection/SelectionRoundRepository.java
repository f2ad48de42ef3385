package kam.scoring.selection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;

@ApplicationScoped
public class SelectionRoundRepository implements PanacheRepositoryBase<SelectionRound, UUID> {

    public SelectionRound require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("selection round", id));
    }

    public Optional<SelectionRound> open() {
        return find("status", SelectionRound.Status.OPEN).firstResultOptional();
    }

    /** Rounds newest first, from before {@code before} (all when null). */
    public List<SelectionRound> newestFirst(Instant before, int limit) {
        return (before == null
                        ? find("order by proposedAt desc, id")
                        : find("proposedAt < ?1 order by proposedAt desc, id", before))
                .page(Page.ofSize(limit))
                .list();
    }
}
