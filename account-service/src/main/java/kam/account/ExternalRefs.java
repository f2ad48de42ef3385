package kam.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;

/**
 * The ids other systems know accounts by (an ERP customer number, a CRM id), one account per system and id: the
 * account's profile holds its own, and account_external_ref holds who holds each, written in the profile's
 * transaction, so that a second account claiming an id gets 409 naming the first.
 */
@ApplicationScoped
public class ExternalRefs {
    /** A system's name: lowercase, as it appears before the colon of a reference (erp:C-10042). */
    public static final String SYSTEM = "^[a-z][a-z0-9-]{0,29}$";

    public static final String SYSTEM_RULE = "a system is 1 to 30 lowercase letters, digits or hyphens, from a letter";

    /** An id as the system writes it: printable, without spaces at its ends. */
    public static final String ID = "^\\S(.*\\S)?$";

    public static final String ID_RULE = "an id has no spaces at its ends";

    private final EntityManager entityManager;

    public ExternalRefs(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A reference as a query names it: system and id, split at the first colon. */
    public record Ref(String system, String id) {
        public static Ref parse(String field, String text) {
            int colon = text == null ? -1 : text.indexOf(':');
            if (colon < 1 || colon == text.length() - 1) {
                throw ProblemException.invalid(field, "query", "is system:id, such as erp:C-10042");
            }
            return new Ref(text.substring(0, colon), text.substring(colon + 1));
        }
    }

    /** The account that holds the reference, if any. */
    public Optional<UUID> holderOf(Ref ref) {
        List<?> holders = entityManager
                .createNativeQuery(
                        "select account_id from account_external_ref where system = ?1 and external_id = ?2",
                        UUID.class)
                .setParameter(1, ref.system())
                .setParameter(2, ref.id())
                .getResultList();
        return holders.stream().map(UUID.class::cast).findFirst();
    }

    /**
     * Makes these the account's references: 409 naming the other account when one already holds any of them. The
     * primary key settles two claims of one id at the same moment: the second transaction fails, and is answered 409.
     */
    public void claim(UUID accountId, Map<String, String> refs) {
        for (Map.Entry<String, String> ref : refs.entrySet()) {
            holderOf(new Ref(ref.getKey(), ref.getValue()))
                    .filter(holder -> !holder.equals(accountId))
                    .ifPresent(holder -> {
                        throw ProblemException.conflict("externalRefs." + ref.getKey() + " " + ref.getValue()
                                + " is held by account " + holder + ": an id names one account of its system");
                    });
        }
        entityManager
                .createNativeQuery("delete from account_external_ref where account_id = ?1")
                .setParameter(1, accountId)
                .executeUpdate();
        refs.forEach((system, id) -> entityManager
                .createNativeQuery(
                        "insert into account_external_ref (system, external_id, account_id) values (?1, ?2, ?3)")
                .setParameter(1, system)
                .setParameter(2, id)
                .setParameter(3, accountId)
                .executeUpdate());
    }
}
