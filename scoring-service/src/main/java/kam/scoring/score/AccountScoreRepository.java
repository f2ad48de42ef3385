package kam.scoring.score;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kam.scoring.rules.TierScheme;

@ApplicationScoped
public class AccountScoreRepository implements PanacheRepositoryBase<AccountScore, UUID> {

    /** Current scores in account id order after the given account (from the first without one): bulk exports. */
    public List<AccountScore> after(UUID after, int limit) {
        return (after == null ? find("order by accountId") : find("accountId > ?1 order by accountId", after))
                .page(0, limit)
                .list();
    }

    /** Every candidate (units counted in their groups are not), best first; accounts with no score last. */
    public List<AccountScore> ranked() {
        return list("groupId is null order by state.score desc nulls last, accountId");
    }

    /** The tier each account's score proposes, for the accounts it proposes as key: a few rows, by an index. */
    public Map<UUID, String> proposedTiers() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select account_id, tier from account_score where tier is not null")
                .getResultList();
        Map<UUID, String> tiers = new HashMap<>();
        rows.forEach(row -> tiers.put((UUID) row[0], (String) row[1]));
        return tiers;
    }

    /**
     * The part of the candidates' ranking whose tiers can move when these accounts' scores did (and the overridden accounts'
     * among {@code ids}). A score below the lowest bound
     * earns no tier whatever its rank, so without a cap only these accounts and the overridden ones can change; with
     * a cap, also those holding a tier and the top {@code cap} that qualify, among which the cap falls. Tiering this
     * part gives each of its accounts the tier a ranking of the whole portfolio would, at a fraction of the cost.
     */
    List<RankedScore> whoseTiersCanMove(Set<UUID> ids, TierScheme scheme) {
        Integer cap = scheme.cap();
        if (ids.isEmpty() && cap == null) {
            return List.of();
        }
        // Units counted in their groups are never ranked: their group is the candidate.
        StringBuilder sql =
                new StringBuilder("select account_id, score, tier from account_score where group_id is null and (");
        List<String> conditions = new ArrayList<>();
        if (!ids.isEmpty()) {
            conditions.add("account_id in (:ids)");
        }
        if (cap != null) {
            conditions.add("tier is not null");
            conditions.add("account_id in (select account_id from account_score where group_id is null"
                    + " and score >= :lowest order by score desc, account_id limit :cap)");
        }
        sql.append(String.join(" or ", conditions)).append(") order by score desc nulls last, account_id");
        Query query = getEntityManager().createNativeQuery(sql.toString());
        if (!ids.isEmpty()) {
            query.setParameter("ids", ids);
        }
        if (cap != null) {
            List<TierScheme.Tier> tiers = scheme.tiers();
            query.setParameter("lowest", tiers.get(tiers.size() - 1).lowerBound());
            query.setParameter("cap", cap);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new RankedScore(
                        (UUID) row[0], row[1] == null ? null : ((Number) row[1]).doubleValue(), (String) row[2]))
                .toList();
    }
}
