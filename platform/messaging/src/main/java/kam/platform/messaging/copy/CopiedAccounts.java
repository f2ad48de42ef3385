package kam.platform.messaging.copy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;

/** How every service finds its copy of an account (table account_copy), for a consumer or for a request. */
public final class CopiedAccounts {
    private CopiedAccounts() {}

    /**
     * The copy, created empty when this is the first event about the account. Events about one account arrive on
     * several topics at once, so the row is inserted with "on conflict do nothing": the second consumer waits for the
     * first one's insert instead of failing on the primary key. The row stays locked to the end of the transaction, so
     * that consumers of several topics take turns instead of writing back each other's stale copy.
     */
    public static <T extends CopiedAccount> T findOrNew(
            EntityManager entityManager, Class<T> type, UUID accountId, Instant now) {
        T known = entityManager.find(type, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (known != null) {
            return known;
        }
        entityManager
                .createNativeQuery(
                        "insert into account_copy (account_id, updated_at) values (:id, :now) on conflict do nothing")
                .setParameter("id", accountId)
                .setParameter("now", now)
                .executeUpdate();
        return entityManager.find(type, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The account, known from its registration, or 404. */
    public static <T extends CopiedAccount> T require(EntityManager entityManager, Class<T> type, UUID accountId) {
        T copy = entityManager.find(type, accountId);
        if (copy == null || copy.name() == null) {
            throw ProblemException.notFound("account", accountId);
        }
        return copy;
    }
}
