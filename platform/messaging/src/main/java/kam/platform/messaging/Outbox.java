package kam.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import kam.platform.events.EventCatalog;
import kam.platform.events.EventType;

/**
 * The only way an event leaves a service: it is written here, in the transaction of the change it tells about, and
 * the {@link OutboxRelay} publishes it after the commit. A rolled-back change publishes nothing.
 */
@ApplicationScoped
public class Outbox {
    private final EntityManager entityManager;
    private final ObjectMapper json;

    public Outbox(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Records the event in the caller's transaction and returns its id (the CloudEvents {@code id}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID publish(T payload) {
        EventType<T> type = EventCatalog.of(payload);
        UUID id = UUID.randomUUID();
        entityManager
                .createNativeQuery(
                        "insert into outbox_event (id, aggregatetype, aggregateid, type, payload, occurred_at)"
                                + " values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6)")
                .setParameter(1, id)
                .setParameter(2, type.aggregateType())
                .setParameter(3, type.subject(payload))
                .setParameter(4, type.type())
                .setParameter(5, write(payload))
                .setParameter(6, Instant.now())
                .executeUpdate();
        return id;
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
