package kam.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kam.platform.testing.KamTestInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * Two open transactions with an event of the same account, on real PostgreSQL: the second waits (PostgreSQL shows it
 * waiting on a lock) until the first commits, so its event takes the later position and the relay publishes the two
 * in commit order; a transaction with another account's event does not wait.
 */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OutboxKeyOrderTest {
    private final Outbox outbox;
    private final EntityManager entityManager;

    OutboxKeyOrderTest(Outbox outbox, EntityManager entityManager) {
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    @Test
    void aSecondTransactionWithAnEventOfTheSameAccountWaitsForTheFirstToCommit() throws Exception {
        UUID account = UUID.randomUUID();
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<UUID> first =
                    threads.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                        UUID id = outbox.publish(ProbeWriter.updated(account, 1));
                        firstWrote.countDown();
                        commitFirst.await(30, TimeUnit.SECONDS);
                        return id;
                    }));
            assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
            Future<UUID> second = threads.submit(() ->
                    QuarkusTransaction.requiringNew().call(() -> outbox.publish(ProbeWriter.updated(account, 2))));

            await().atMost(Duration.ofSeconds(30)).until(() -> sessionsWaitingOnALock() > 0);
            assertThat(second).isNotDone();
            // Another account's event is written and committed meanwhile: the wait is per key, not global.
            UUID other = QuarkusTransaction.requiringNew()
                    .call(() -> outbox.publish(ProbeWriter.updated(UUID.randomUUID(), 1)));
            assertThat(position(other)).isPositive();

            commitFirst.countDown();
            UUID firstId = first.get(30, TimeUnit.SECONDS);
            UUID secondId = second.get(30, TimeUnit.SECONDS);
            assertThat(position(firstId)).isLessThan(position(secondId));
            assertThat(keyCount(account)).isEqualTo(2);
            // Each event's place among its key's, in commit order, which the relay sends as ce_sequence.
            assertThat(sequence(firstId)).isEqualTo(1);
            assertThat(sequence(secondId)).isEqualTo(2);
        } finally {
            commitFirst.countDown();
            threads.shutdownNow();
        }
    }

    private long sessionsWaitingOnALock() {
        return number(
                "select count(*) from pg_stat_activity where datname = current_database()"
                        + " and wait_event_type = 'Lock'",
                null);
    }

    private long position(UUID eventId) {
        return number("select position from outbox_event where id = ?1", eventId);
    }

    private long sequence(UUID eventId) {
        return number("select key_sequence from outbox_event where id = ?1", eventId);
    }

    private long keyCount(UUID account) {
        return number("select events from outbox_key where aggregateid = ?1", account.toString());
    }

    private long number(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            if (parameter != null) {
                query.setParameter(1, parameter);
            }
            List<?> rows = query.getResultList();
            return rows.isEmpty() ? -1 : ((Number) rows.get(0)).longValue();
        });
    }
}
