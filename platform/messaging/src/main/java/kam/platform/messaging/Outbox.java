package kam.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import kam.platform.events.EventCatalog;
import kam.platform.events.EventType;

/**
 * The only way an event leaves a service: it is written here, in the transaction of the change it tells about, and
 * the {@link OutboxRelay} publishes it after the commit. A rolled-back change publishes nothing.
 */
@ApplicationScoped
public class Outbox {
    private static final List<String> COLUMNS =
            List.of("id", "aggregatetype", "aggregateid", "type", "payload", "occurred_at");

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    public Outbox(EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    /** Records the event in the caller's transaction and returns its id (the CloudEvents {@code id}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID publish(T payload) {
        return publishAll(List.of(payload)).get(0);
    }

    /** Records the events in the caller's transaction, in this order, with one COPY; returns their ids. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(List<?> payloads) {
        List<UUID> ids = payloads.stream().map(p -> UUID.randomUUID()).toList();
        if (payloads.isEmpty()) {
            return ids;
        }
        Instant now = clock.instant();
        Iterator<Object[]> rows = IntStream.range(0, payloads.size())
                .mapToObj(i -> row(ids.get(i), payloads.get(i), now))
                .iterator();
        CopyRows.into(entityManager, "outbox_event", COLUMNS, rows);
        return ids;
    }

    private <T> Object[] row(UUID id, T payload, Instant now) {
        EventType<T> type = EventCatalog.of(payload);
        return new Object[] {id, type.aggregateType(), type.subject(payload), type.type(), write(payload), now};
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot write event " + payload.getClass().getSimpleName(), e);
        }
    }
}
