package kam.scoring.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kam.scoring.rules.Source;
import org.hibernate.jpa.HibernateHints;

/**
 * Customer groups as scoring sees them (DOMAIN.md: the customer group is the key account). A group is an active
 * account with no active account above it; its units are the active accounts below it, at any depth (an archived
 * unit takes its own units out with it). When groups are the candidates, a group is scored on its roll-up (its own
 * and its units' figures) and each unit counts in its group; when units stand alone, every account is a candidate
 * scored on its own figures. Either way a group counts its units and their regions.
 */
@ApplicationScoped
public class CustomerGroups {
    /** Deeper than any real hierarchy; a bound for the recursive queries should a cycle ever be stored. */
    private static final int MAX_DEPTH = 32;

    private final EntityManager entityManager;

    public CustomerGroups(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How some accounts are scored: the group each unit counts in (none when units stand alone), and their units. */
    public record Grouping(boolean rollUp, Map<UUID, UUID> groups, Map<UUID, List<AccountFact>> units) {
        /** The group the account's score counts in; null when the account is a candidate itself. */
        public UUID groupOf(UUID accountId) {
            return rollUp ? groups.get(accountId) : null;
        }

        public Map<Source, Double> derivedValues(AccountFact account) {
            return DerivedValues.of(account, units.getOrDefault(account.accountId(), List.of()), rollUp);
        }
    }

    /** The grouping of these accounts: two queries, whatever their number. */
    public Grouping of(Collection<UUID> accountIds, boolean unitsStandAlone) {
        if (accountIds.isEmpty()) {
            return new Grouping(!unitsStandAlone, Map.of(), Map.of());
        }
        Map<UUID, List<UUID>> unitIds = unitIdsOf(accountIds);
        Set<UUID> all = unitIds.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<UUID, AccountFact> facts = all.isEmpty()
                ? Map.of()
                : entityManager
                        .createQuery("from AccountFact where accountId in :ids", AccountFact.class)
                        .setParameter("ids", all)
                        .setHint(HibernateHints.HINT_READ_ONLY, true)
                        .getResultStream()
                        .collect(Collectors.toMap(AccountFact::accountId, f -> f));
        Map<UUID, List<AccountFact>> units = new HashMap<>();
        unitIds.forEach(
                (group, ids) -> units.put(group, ids.stream().map(facts::get).toList()));
        return new Grouping(!unitsStandAlone, unitsStandAlone ? Map.of() : groupsOf(accountIds), units);
    }

    /** The grouping of a whole portfolio already in memory (its active accounts): no query. */
    public static Grouping within(Collection<AccountFact> active, boolean unitsStandAlone) {
        Map<UUID, AccountFact> byId = active.stream().collect(Collectors.toMap(AccountFact::accountId, f -> f));
        Map<UUID, UUID> groups = new HashMap<>();
        Map<UUID, List<AccountFact>> units = new HashMap<>();
        for (AccountFact account : active) {
            List<UUID> above = new ArrayList<>();
            AccountFact up = account;
            while (up.parentId() != null && byId.containsKey(up.parentId()) && above.size() < MAX_DEPTH) {
                up = byId.get(up.parentId());
                above.add(up.accountId());
            }
            if (!above.isEmpty()) {
                groups.put(account.accountId(), above.get(above.size() - 1));
                above.forEach(group ->
                        units.computeIfAbsent(group, id -> new ArrayList<>()).add(account));
            }
        }
        return new Grouping(!unitsStandAlone, unitsStandAlone ? Map.of() : groups, units);
    }

    /** The top-most active group of each of these accounts that has one. */
    public Map<UUID, UUID> groupsOf(Collection<UUID> accountIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "with recursive up (account_id, group_id, depth) as ("
                                + " select f.account_id, p.account_id, 1 from account_fact f join account_fact p"
                                + " on p.account_id = f.parent_id and p.status <> 'ARCHIVED' where f.account_id in (:ids)"
                                + " union all select up.account_id, p.account_id, up.depth + 1 from up"
                                + " join account_fact a on a.account_id = up.group_id"
                                + " join account_fact p on p.account_id = a.parent_id and p.status <> 'ARCHIVED'"
                                + " where up.depth < " + MAX_DEPTH + ")"
                                + " select distinct on (account_id) account_id, group_id from up order by account_id, depth desc")
                .setParameter("ids", accountIds)
                .getResultList();
        Map<UUID, UUID> groups = new HashMap<>();
        rows.forEach(row -> groups.put((UUID) row[0], (UUID) row[1]));
        return groups;
    }

    /** The accounts that are units of a group, and the group of each one (groups of their own: not here). */
    public Map<UUID, UUID> everyUnitsGroup() {
        @SuppressWarnings("unchecked")
        List<UUID> units = entityManager
                .createNativeQuery(
                        "select account_id from account_fact where parent_id is not null" + " and status <> 'ARCHIVED'")
                .getResultList();
        return units.isEmpty() ? Map.of() : groupsOf(units);
    }

    /** Each of these accounts' active units at any depth, by id; accounts without units are absent. */
    public Map<UUID, List<UUID>> unitIdsOf(Collection<UUID> accountIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("with recursive down (group_id, account_id, depth) as ("
                        + " select parent_id, account_id, 1 from account_fact"
                        + " where parent_id in (:ids) and status <> 'ARCHIVED'"
                        + " union all select down.group_id, f.account_id, down.depth + 1 from down"
                        + " join account_fact f on f.parent_id = down.account_id"
                        + " where f.status <> 'ARCHIVED' and down.depth < " + MAX_DEPTH + ")"
                        + " select group_id, account_id from down")
                .setParameter("ids", accountIds)
                .getResultList();
        Map<UUID, List<UUID>> units = new HashMap<>();
        rows.forEach(row ->
                units.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((UUID) row[1]));
        return units;
    }
}
