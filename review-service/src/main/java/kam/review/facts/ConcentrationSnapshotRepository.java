package kam.review.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class ConcentrationSnapshotRepository implements PanacheRepositoryBase<ConcentrationSnapshot, Long> {

    public Optional<ConcentrationSnapshot> asOf(Instant when) {
        return find("measuredAt <= ?1 order by measuredAt desc, id desc", when).firstResultOptional();
    }
}
