package kam.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadataBuilder;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes the outbox to Kafka in insert order (one key's events are in commit order there, see {@link Outbox}), and marks rows sent only once the broker has acknowledged them
 * (acks=all). Delivery is therefore at least once; consumers drop repeats through the inbox.
 *
 * <p>One relay per service at a time: it holds a PostgreSQL advisory lock on its own connection, and another
 * replica takes over when that connection drops. It sleeps on LISTEN and is woken by the NOTIFY that a committed
 * insert sends; a slow poll covers a lost notification.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "kam_outbox";

    private final AgroalDataSource dataSource;
    private final MutinyEmitter<String> emitter;
    private final OutboxSettings settings;
    private final Clock clock;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(
            AgroalDataSource dataSource,
            @Channel("kam-outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                    MutinyEmitter<String> emitter,
            OutboxSettings settings,
            Clock clock) {
        this.dataSource = dataSource;
        this.emitter = emitter;
        this.settings = settings;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        if (!settings.enabled()) {
            LOG.info("outbox relay disabled");
            return;
        }
        running = true;
        worker = new Thread(this::run, "kam-outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                if (holdsLock(connection)) {
                    relayWhileHoldingLock(connection);
                } else {
                    sleep(settings.takeoverInterval());
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("outbox relay interrupted, retrying: %s", e.getMessage());
                    sleep(settings.retryDelay());
                }
            }
        }
    }

    private void relayWhileHoldingLock(Connection connection) throws SQLException {
        try (Statement listen = connection.createStatement()) {
            listen.execute("listen " + CHANNEL);
        }
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (running) {
            int published = publishBatch(connection);
            if (published < settings.batchSize()) {
                // Drained: wait for a commit's NOTIFY, or the slow poll.
                notifications.getNotifications((int) settings.pollInterval().toMillis());
            }
        }
    }

    private boolean holdsLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, "kam-outbox-relay:" + settings.topic());
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Publishes up to one batch and returns how many rows were sent. */
    int publishBatch(Connection connection) throws SQLException {
        List<OutboxRow> rows = unsent(connection);
        if (rows.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            acks.add(emitter.sendMessage(message(row)).subscribeAsCompletionStage());
        }
        // Only the rows up to the first failure count as sent, so a failed row is retried with all that follow it.
        List<UUID> sent = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            try {
                acks.get(i).get(settings.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
                sent.add(rows.get(i).id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                LOG.warnf(
                        "event %s not acknowledged, will retry: %s", rows.get(i).id(), e.getMessage());
                break;
            }
        }
        markSent(connection, sent);
        if (sent.size() < rows.size()) {
            sleep(settings.retryDelay());
        }
        return sent.size();
    }

    private List<OutboxRow> unsent(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id, aggregateid, type, payload::text, occurred_at, key_sequence, traceparent from outbox_event"
                        + " where sent_at is null order by position limit ?")) {
            select.setInt(1, settings.batchSize());
            try (ResultSet result = select.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(new OutboxRow(
                            result.getObject(1, UUID.class),
                            result.getString(2),
                            result.getString(3),
                            result.getString(4),
                            result.getTimestamp(5).toInstant(),
                            result.getObject(6, Long.class),
                            result.getString(7)));
                }
                return rows;
            }
        }
    }

    private void markSent(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update =
                connection.prepareStatement("update outbox_event set sent_at = ? where id = any(?)")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
            update.executeUpdate();
        }
    }

    private Message<String> message(OutboxRow row) {
        OutgoingCloudEventMetadataBuilder<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(row.id().toString())
                .withSource(URI.create(settings.source()))
                .withType(row.type())
                .withSubject(row.aggregateId())
                .withTimestamp(row.occurredAt().atZone(ZoneOffset.UTC))
                .withDataContentType("application/json");
        if (row.keySequence() != null) {
            // CloudEvents' sequence extension (ce_sequence): the event's place among its key's, in commit order.
            cloudEvent.withExtension("sequence", row.keySequence().toString());
        }
        // The topic is the service's (kam.outbox.topic), set on each record, so the channel needs no topic of its own.
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> kafka =
                OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(settings.topic())
                        .withKey(row.aggregateId());
        if (row.traceparent() != null) {
            // The change's trace, which each consumer continues (EventTracing).
            kafka.withHeaders(new RecordHeaders()
                    .add(EventTracing.TRACEPARENT, row.traceparent().getBytes(StandardCharsets.UTF_8)));
        }
        return Message.of(row.payload()).addMetadata(cloudEvent.build()).addMetadata(kafka.build());
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
