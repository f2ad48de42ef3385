package kam.platform.web;

import jakarta.persistence.EntityManager;

/**
 * Named locks held until the transaction ends (PostgreSQL transaction-scoped advisory locks), for state that one
 * service changes from several threads at once: an HTTP request and a Kafka consumer, or consumers of several topics.
 * Take one first, before reading what the transaction will change: under READ COMMITTED every later statement then
 * sees what the previous holder committed, and no two holders can each miss the other's write.
 */
public final class TransactionLocks {
    private TransactionLocks() {}

    /** Waits until no other transaction holds the lock called {@code name}, and holds it until this one ends. */
    public static void exclusive(EntityManager entityManager, String name) {
        entityManager
                .createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, name)
                .getSingleResult();
    }
}
