package kam.review.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ScorePointRepository implements PanacheRepositoryBase<ScorePoint, Long> {

    /** The score and tier the account had at {@code when}: the last point recorded up to then. */
    public Optional<ScorePoint> asOf(UUID accountId, Instant when) {
        return find("accountId = ?1 and recordedAt <= ?2 order by recordedAt desc, id desc", accountId, when)
                .firstResultOptional();
    }

    public Optional<ScorePoint> first(UUID accountId) {
        return find("accountId = ?1 order by recordedAt, id", accountId).firstResultOptional();
    }
}
