package kam.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.function.Consumer;
import kam.platform.events.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The idempotent inbox: a consumer's handler runs at most once per event id, because the id is recorded in the same
 * transaction as the handler's effect. A redelivered event finds its id and changes nothing.
 *
 * <p>Use it from a blocking, transactional {@code @Incoming} method that takes the {@link ConsumerRecord}; the
 * offset is committed after the method's transaction, and a handler that throws sends the record to kam.dlq.
 */
@ApplicationScoped
public class Inbox {
    private final EntityManager entityManager;
    private final InboundEvents events;

    public Inbox(EntityManager entityManager, InboundEvents events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    /**
     * @param consumer names the consumer; each consumer of an event handles it once
     * @return true when the handler ran, false for a repeat
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean handle(
            String consumer, ConsumerRecord<String, String> record, Consumer<CloudEvent<Object>> handler) {
        CloudEvent<Object> event = events.read(record);
        int recorded = entityManager
                .createNativeQuery("insert into inbox_event (consumer, event_id, event_type, received_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, Instant.now())
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        handler.accept(event);
        return true;
    }
}
