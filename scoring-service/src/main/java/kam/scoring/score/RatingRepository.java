package kam.scoring.score;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
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

    /** The latest rating of each criterion of these accounts, per account: one query. */
    public Map<UUID, Map<String, Double>> latestByAccount(Collection<UUID> accountIds) {
        return latest(list("accountId in ?1 order by ratedAt asc, id", accountIds));
    }

    /** The latest rating of each criterion, per account: one query for the whole portfolio. */
    public Map<UUID, Map<String, Double>> latestByAccount() {
        return latest(list("order by ratedAt asc, id"));
    }

    /** Ratings oldest first, folded into the latest of each criterion per account. */
    private static Map<UUID, Map<String, Double>> latest(List<Rating> oldestFirst) {
        Map<UUID, Map<String, Double>> latest = new HashMap<>();
        for (Rating rating : oldestFirst) {
            latest.computeIfAbsent(rating.accountId(), id -> new HashMap<>())
                    .put(rating.criterionKey(), rating.value());
        }
        return latest;
    }
}
