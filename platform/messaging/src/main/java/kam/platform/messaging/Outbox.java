package kam.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kam.platform.events.EventCatalog;
import kam.platform.events.EventType;
import org.hibernate.Session;

/**
 * The only way an event leaves a service: it is written here, in the transaction of the change it tells about, and
 * the {@link OutboxRelay} publishes it after the commit. A rolled-back change publishes nothing.
 */
@ApplicationScoped
public class Outbox {
    private static final String INSERT = "insert into outbox_event (id, aggregatetype, aggregateid, type, payload,"
            + " occurred_at) values (?, ?, ?, ?, cast(? as jsonb), ?)";
    private static final int BATCH = 1000;

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public Outbox(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Records the event in the caller's transaction and returns its id (the CloudEvents {@code id}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID publish(T payload) {
        return publishAll(List.of(payload)).get(0);
    }

    /** Records the events in the caller's transaction, in this order, in batches; returns their ids. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(List<?> payloads) {
        List<UUID> ids = payloads.stream().map(p -> UUID.randomUUID()).toList();
        Timestamp now = Timestamp.from(Instant.now());
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < payloads.size(); i++) {
                    bind(insert, ids.get(i), payloads.get(i), now);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        return ids;
    }

    private <T> void bind(PreparedStatement insert, UUID id, T payload, Timestamp now) throws SQLException {
        EventType<T> type = EventCatalog.of(payload);
        insert.setObject(1, id);
        insert.setString(2, type.aggregateType());
        insert.setString(3, type.subject(payload));
        insert.setString(4, type.type());
        insert.setString(5, write(payload));
        insert.setTimestamp(6, now);
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
