package kam.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kam.platform.web.paging.Keyset;
import kam.platform.web.paging.Where;
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

    /**
     * The account, its row locked until the transaction ends: writes of one account's team, stakeholders, relationships
     * and revenue take their turns from the start, each reading what the one before committed, instead of all but one
     * failing at the end on the account's version (which each of them moves, through coverage and the manager).
     */
    public Account requireForUpdate(UUID id) {
        Account account = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw ProblemException.notFound("account", id);
        }
        return account;
    }

    /** The accounts of these ids that exist, by id. */
    public Map<UUID, Account> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", Set.copyOf(ids)).stream().collect(Collectors.toMap(Account::id, Function.identity()));
    }

    /** Accounts in id order after the given id (from the first without one), archived ones too: bulk exports. */
    public List<Account> after(UUID after, int limit) {
        return (after == null ? find("order by id") : find("id > ?1 order by id", after))
                .page(0, limit)
                .list();
    }

    /** The account and all its units at any depth. */
    public List<UUID> selfAndUnits(UUID id) {
        return getEntityManager()
                .createNativeQuery(
                        "with recursive tree (id) as (select id from account where id = ?1"
                                + " union select a.id from account a join tree on a.parent_id = tree.id) select id from tree",
                        UUID.class)
                .setParameter(1, id)
                .getResultList();
    }

    /** Up to {@code limit + 1} accounts matching the filter after the keyset's cursor: one more tells of a next page. */
    public List<Account> search(AccountFilter filter, Keyset<Account> keyset, int limit) {
        Where where = new Where()
                .equal("industry", filter.industry())
                .equal("region", filter.region())
                .equal("country", filter.country())
                .equal("parentAccountId", filter.parentAccountId())
                .equal("ownerId", filter.ownerId());
        if (filter.status() != null) {
            where.equal("status", filter.status());
        } else {
            where.and("e.status <> :archived", Map.of("archived", AccountStatus.ARCHIVED));
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            where.and(
                    "lower(e.name) like :name escape '\\'",
                    Map.of(
                            "name",
                            "%" + escapeLike(filter.nameContains().strip().toLowerCase()) + "%"));
        }
        if (filter.ids() != null) {
            if (filter.ids().isEmpty()) {
                return List.of();
            }
            where.and("e.id in :ids", Map.of("ids", filter.ids()));
        }
        return where.page(this, "Account", keyset, limit);
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
