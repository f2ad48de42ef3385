package kam.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
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
 *
 * <p>Each handled event is measured: {@code kam.inbox.handling} times the handler, {@code kam.inbox.lag} the time
 * from the event's occurrence to its handling, both by consumer and event type.
 */
@ApplicationScoped
public class Inbox {
    private final EntityManager entityManager;
    private final InboundEvents events;
    private final MeterRegistry meters;

    public Inbox(EntityManager entityManager, InboundEvents events, MeterRegistry meters) {
        this.entityManager = entityManager;
        this.events = events;
        this.meters = meters;
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
        Tags tags = Tags.of("consumer", consumer, "type", event.type());
        if (event.time() != null) {
            meters.timer("kam.inbox.lag", tags).record(Duration.between(event.time(), Instant.now()));
        }
        meters.timer("kam.inbox.handling", tags).record(() -> handler.accept(event));
        return true;
    }
}
