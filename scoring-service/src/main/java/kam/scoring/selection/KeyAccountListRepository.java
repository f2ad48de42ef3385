package kam.scoring.selection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

@ApplicationScoped
public class KeyAccountListRepository implements PanacheRepositoryBase<KeyAccountList, Integer> {

    /** The list in force: the latest version, if a list was ever agreed. */
    public Optional<KeyAccountList> inForce() {
        return find("order by version desc").page(Page.ofSize(1)).firstResultOptional();
    }

    /** The list in force at that moment. */
    public Optional<KeyAccountList> asOf(Instant when) {
        return find("agreedAt <= ?1 order by agreedAt desc, version desc", when)
                .page(Page.ofSize(1))
                .firstResultOptional();
    }

    /** The tier of each account of the list in force; an account it does not name is not a key account. */
    public Map<UUID, String> tiersInForce() {
        return inForce().map(KeyAccountListRepository::tiers).orElse(Map.of());
    }

    /** The tier of each account a list names. */
    public static Map<UUID, String> tiers(KeyAccountList list) {
        Map<UUID, String> tiers = new HashMap<>();
        list.entries().forEach(e -> tiers.put(e.accountId(), e.tier()));
        return tiers;
    }

    /** Versions newest first, from below {@code before} (all when null). */
    public List<KeyAccountList> newestFirst(Integer before, int limit) {
        return (before == null ? find("order by version desc") : find("version < ?1 order by version desc", before))
                .page(Page.ofSize(limit))
                .list();
    }

    /** An account's agreed tier from a moment on; a null tier: not a key account. */
    public record TierFrom(Instant from, String tier) {}

    /** The account's tier from each version on, oldest first: its agreed tier at any moment of its history. */
    public List<TierFrom> tierTimeline(UUID accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select l.agreed_at as agreed_at, (select e ->> 'tier' from"
                        + " jsonb_array_elements(l.entries) e where e ->> 'accountId' = ?1) as tier"
                        + " from key_account_list l order by l.version")
                .setParameter(1, accountId.toString())
                .unwrap(NativeQuery.class)
                .addScalar("agreed_at", StandardBasicTypes.INSTANT)
                .addScalar("tier", StandardBasicTypes.STRING)
                .getResultList();
        return rows.stream()
                .map(r -> new TierFrom((Instant) r[0], (String) r[1]))
                .toList();
    }
}
