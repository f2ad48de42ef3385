package kam.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.web.paging.Keyset;
import kam.platform.web.problem.ProblemException;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    /** The account, or 404. */
    public Account require(UUID id) {
        Account account = findById(id);
        if (account == null) {
            throw ProblemException.notFound("account", id);
        }
        return account;
    }

    /** The account and all its units at any depth. */
    @SuppressWarnings("unchecked")
    public List<UUID> selfAndUnits(UUID id) {
        return getEntityManager()
                .createNativeQuery(
                        "with recursive tree (id) as (select id from account where id = ?1"
                                + " union select a.id from account a join tree on a.parent_id = tree.id) select id from tree",
                        UUID.class)
                .setParameter(1, id)
                .getResultList();
    }

    /** One page of accounts (plus one row to tell whether another page follows). */
    public List<Account> search(AccountFilter filter, Keyset<Account> keyset, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            conditions.add("e.status = :status");
            parameters.put("status", filter.status());
        } else {
            conditions.add("e.status <> :archived");
            parameters.put("archived", AccountStatus.ARCHIVED);
        }
        addEquals(conditions, parameters, "industry", filter.industry());
        addEquals(conditions, parameters, "region", filter.region());
        addEquals(conditions, parameters, "country", filter.country());
        addEquals(conditions, parameters, "parentAccountId", filter.parentAccountId());
        addEquals(conditions, parameters, "ownerId", filter.ownerId());
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            conditions.add("lower(e.name) like :name escape '\\'");
            parameters.put(
                    "name", "%" + escapeLike(filter.nameContains().strip().toLowerCase()) + "%");
        }
        String after = keyset.condition();
        if (after != null) {
            conditions.add(after);
            keyset.bind(parameters);
        }
        String query = "from Account e where " + String.join(" and ", conditions) + " order by " + keyset.orderBy();
        return find(query, parameters).range(0, limit).list();
    }

    /** Whether following parent links upwards from {@code from} (itself included) reaches {@code target}. */
    public boolean reachesUpwards(UUID from, UUID target) {
        Number found = (Number) getEntityManager()
                .createNativeQuery("with recursive ancestors (id, parent_id) as ("
                        + " select id, parent_id from account where id = ?1"
                        + " union select a.id, a.parent_id from account a join ancestors on a.id = ancestors.parent_id)"
                        + " select count(*) from ancestors where id = ?2")
                .setParameter(1, from)
                .setParameter(2, target)
                .getSingleResult();
        return found.longValue() > 0;
    }

    private static void addEquals(List<String> conditions, Map<String, Object> parameters, String field, Object value) {
        if (value != null) {
            conditions.add("e." + field + " = :" + field);
            parameters.put(field, value);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
