package kam.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kam.platform.events.account.AccountRegistered;

/**
 * Plays a producer deployed ahead of its consumers: every event it sends carries fields the contract does not have yet
 * ({@link KafkaTestClient#ADDED_FIELD}, at the top and in every nested object), through the real broker to the real
 * consumer. {@link #awaitApplied} waits for the consumer's inbox row, which commits with the handler's effect, and
 * {@link #assertNoneDeadLettered} looks for the events in kam.dlq.
 */
public final class NewerProducer implements AutoCloseable {
    private final KafkaTestClient kafka;
    private final DataSource database;
    private final ObjectMapper json;
    private final Set<UUID> sent = new LinkedHashSet<>();

    public NewerProducer(String bootstrapServers, DataSource database, ObjectMapper json) {
        this.kafka = new KafkaTestClient(bootstrapServers);
        this.database = database;
        this.json = json;
    }

    /** Sends the event with added fields; answers its id. */
    public UUID send(String topic, String source, Object payload) {
        UUID id = UUID.randomUUID();
        kafka.sendEvent(topic, source, id, payload, json);
        sent.add(id);
        return id;
    }

    /**
     * Registers a new account as account-service would, and waits until {@code consumer} has it: what a service's
     * test needs before it acts on an account of its own.
     */
    public UUID registeredAccount(String consumer, String name, String manager) {
        UUID account = UUID.randomUUID();
        awaitApplied(
                consumer,
                send(
                        "kam.accounts",
                        "/kam/account-service",
                        new AccountRegistered(account, SampleEvents.account(name + " " + account, manager))));
        return account;
    }

    /** Waits until {@code consumer} has handled the event: its inbox row commits in the handler's transaction. */
    public void awaitApplied(String consumer, UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(handledType(consumer, eventId))
                .as("%s's inbox holds event %s", consumer, eventId)
                .isNotNull());
    }

    /** No event sent here reached kam.dlq. */
    public void assertNoneDeadLettered() {
        Set<String> ids = sent.stream().map(UUID::toString).collect(Collectors.toSet());
        List<String> deadLettered = new ArrayList<>();
        kafka.read(
                        "kam.dlq",
                        record -> ids.contains(KafkaTestClient.header(record, "ce_id")),
                        found -> false,
                        Duration.ofSeconds(3))
                .forEach(record -> deadLettered.add(KafkaTestClient.header(record, "ce_type") + ": "
                        + KafkaTestClient.header(record, "dead-letter-reason")));
        assertThat(deadLettered).as("events with added fields sent to kam.dlq").isEmpty();
    }

    /** The first column of the first row {@code sql} finds in the consumer's database, or null: an effect to check. */
    public Object queryValue(String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    private Object handledType(String consumer, UUID eventId) {
        return queryValue("select event_type from inbox_event where consumer = ? and event_id = ?", consumer, eventId);
    }

    @Override
    public void close() {
        kafka.close();
    }
}
