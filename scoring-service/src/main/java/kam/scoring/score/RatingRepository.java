package kam.scoring.score;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.scoring.rules.RaterValue;

/** Ratings, every one kept; each rater's latest of each criterion is the one of theirs that counts. */
@ApplicationScoped
public class RatingRepository implements PanacheRepositoryBase<Rating, UUID> {

    public List<Rating> history(UUID accountId) {
        return list("accountId = ?1 order by ratedAt desc, id", accountId);
    }

    /** Each rater's latest rating of each of the account's criteria: criterion key to raters. */
    public Map<String, List<RaterValue>> currentFor(UUID accountId) {
        return current(list("accountId = ?1 order by ratedAt asc, id", accountId))
                .getOrDefault(accountId, Map.of());
    }

    /** The same for these accounts, per account: one query. */
    public Map<UUID, Map<String, List<RaterValue>>> currentByAccount(Collection<UUID> accountIds) {
        return current(list("accountId in ?1 order by ratedAt asc, id", accountIds));
    }

    /** The same for the whole portfolio: one query. */
    public Map<UUID, Map<String, List<RaterValue>>> currentByAccount() {
        return current(list("order by ratedAt asc, id"));
    }

    /** Ratings oldest first, folded into each rater's latest per criterion per account. */
    private static Map<UUID, Map<String, List<RaterValue>>> current(List<Rating> oldestFirst) {
        Map<UUID, Map<String, Map<String, RaterValue>>> latest = new HashMap<>();
        for (Rating rating : oldestFirst) {
            latest.computeIfAbsent(rating.accountId(), id -> new HashMap<>())
                    .computeIfAbsent(rating.criterionKey(), key -> new LinkedHashMap<>())
                    .put(rating.rater(), new RaterValue(rating.rater(), rating.value(), rating.ratedAt()));
        }
        Map<UUID, Map<String, List<RaterValue>>> current = new HashMap<>();
        latest.forEach((account, criteria) -> {
            Map<String, List<RaterValue>> byCriterion = new HashMap<>();
            criteria.forEach((key, raters) -> byCriterion.put(key, new ArrayList<>(raters.values())));
            current.put(account, byCriterion);
        });
        return current;
    }
}
