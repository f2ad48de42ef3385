package kam.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import kam.platform.events.EventCatalog;
import kam.platform.events.EventType;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The only way an event leaves a service: it is written here, in the transaction of the change it tells about, and
 * the {@link OutboxRelay} publishes it after the commit. A rolled-back change publishes nothing. The events of one
 * record key (the account) are published in the order their transactions committed: writing one waits for any other
 * open transaction that wrote an event of the same key (see {@link #lockKeys}).
 */
@ApplicationScoped
public class Outbox {
    private static final List<String> COLUMNS = List.of(
            "id", "aggregatetype", "aggregateid", "type", "payload", "occurred_at", "key_sequence", "traceparent");
    private static final int KEY = COLUMNS.indexOf("aggregateid");
    private static final int SEQUENCE = COLUMNS.indexOf("key_sequence");
    private static final int TYPE = COLUMNS.indexOf("type");
    private static final Logger LOG = Logger.getLogger(Outbox.class);

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final EventTracing tracing;

    public Outbox(EntityManager entityManager, ObjectMapper json, Clock clock, EventTracing tracing) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.tracing = tracing;
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
        // The change's trace, as it is now: the relay sends it with each of its events.
        String traceparent = tracing.currentTraceparent();
        List<Object[]> rows = IntStream.range(0, payloads.size())
                .mapToObj(i -> row(ids.get(i), payloads.get(i), now, traceparent))
                .toList();
        Map<String, Long> next =
                lockKeys(rows.stream().map(row -> (String) row[KEY]).toList());
        // The key's events of this transaction follow the last one committed before it, in the order given.
        rows.forEach(row -> row[SEQUENCE] = next.merge((String) row[KEY], 1L, Long::sum) - 1);
        CopyRows.into(entityManager, "outbox_event", COLUMNS, rows.iterator());
        LOG.debugf("%d events written to the outbox, the first %s %s", rows.size(), rows.get(0)[TYPE], ids.get(0));
        return ids;
    }

    /**
     * Counts the events of each key in outbox_key, which holds each key's row lock until this transaction ends: a
     * transaction that wrote an event of the same key and is still open makes this one wait for its commit, so the
     * positions this one takes next come after that one's, and the relay, which publishes by position, keeps one key's
     * events in commit order. The change's own rows are flushed first, so that its row locks are taken before the
     * wait, and the keys are locked in one sorted statement, so that two transactions never take them crosswise.
     * Returns, for each key, the sequence number of this transaction's first event of it.
     */
    private Map<String, Long> lockKeys(List<String> keys) {
        entityManager.flush();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement count = connection.prepareStatement("insert into outbox_key (aggregateid, events)"
                    + " select key, count(*) from unnest(?) as key group by key order by key"
                    + " on conflict (aggregateid) do update set events = outbox_key.events + excluded.events"
                    + " returning aggregateid, events")) {
                count.setArray(1, connection.createArrayOf("text", keys.toArray()));
                Map<String, Long> first = new HashMap<>();
                keys.forEach(key -> first.merge(key, -1L, Long::sum));
                try (ResultSet counted = count.executeQuery()) {
                    while (counted.next()) {
                        first.merge(counted.getString(1), counted.getLong(2) + 1, Long::sum);
                    }
                }
                return first;
            }
        });
    }

    private <T> Object[] row(UUID id, T payload, Instant now, String traceparent) {
        EventType<T> type = EventCatalog.of(payload);
        return new Object[] {
            id, type.aggregateType(), type.subject(payload), type.type(), write(payload), now, null, traceparent
        };
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
