package kam.scoring.score;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class RatingRepository implements PanacheRepositoryBase<Rating, UUID> {

    public List<Rating> history(UUID accountId) {
        return list("accountId = ?1 order by ratedAt desc, id", accountId);
    }

    /** The latest rating of each of the account's criteria. */
    public Map<String, Double> latestFor(UUID accountId) {
        Map<String, Double> latest = new HashMap<>();
        list("accountId = ?1 order by ratedAt asc, id", accountId)
                .forEach(rating -> latest.put(rating.criterionKey(), rating.value()));
        return latest;
    }

    /** The latest rating of each criterion, per account: one query for the whole portfolio. */
    public Map<UUID, Map<String, Double>> latestByAccount() {
        Map<UUID, Map<String, Double>> latest = new HashMap<>();
        for (Rating rating : list("order by ratedAt asc, id")) {
            latest.computeIfAbsent(rating.accountId(), id -> new HashMap<>())
                    .put(rating.criterionKey(), rating.value());
        }
        return latest;
    }
}
