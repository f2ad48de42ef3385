package kam.platform.messaging;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Deletes outbox rows that were published longer ago than the retention; unsent rows are never touched. */
@ApplicationScoped
public class OutboxJanitor {
    private final EntityManager entityManager;
    private final OutboxSettings settings;
    private final Clock clock;

    public OutboxJanitor(EntityManager entityManager, OutboxSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deletePublished() {
        entityManager
                .createNativeQuery("delete from outbox_event where sent_at < ?1")
                .setParameter(1, clock.instant().minus(settings.retention()))
                .executeUpdate();
    }
}
