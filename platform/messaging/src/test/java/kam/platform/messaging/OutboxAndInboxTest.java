package kam.platform.messaging;

import static kam.platform.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OutboxAndInboxTest {
    private static final String TOPIC = "kam.test.accounts";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ProbeWriter writer;
    private final EntityManager entityManager;
    private final String bootstrapServers;
    private KafkaTestClient kafka;

    OutboxAndInboxTest(
            ProbeWriter writer,
            EntityManager entityManager,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.writer = writer;
        this.entityManager = entityManager;
        this.bootstrapServers = bootstrapServers;
    }

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aCommittedChangeIsPublishedOnceWithItsCloudEventsHeaders() {
        UUID account = UUID.randomUUID();
        UUID eventId = writer.publish(account, 7);

        List<ConsumerRecord<String, String>> records = recordsOf(account, 1);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(record.key()).isEqualTo(account.toString());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo(eventId.toString());
        assertThat(header(record, "ce_type")).isEqualTo("kam.account.updated.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/kam/messaging-test");
        assertThat(header(record, "ce_subject")).isEqualTo(account.toString());
        assertThat(header(record, "ce_time")).isNotBlank();
        assertThat(record.value()).contains("\"version\":7");

        await().atMost(PATIENCE).until(() -> sentAt(eventId) != null);
        // Nothing more arrives once the row is marked sent.
        assertThat(recordsOf(account, 2, Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        UUID rolledBack = UUID.randomUUID();
        assertThatThrownBy(() -> writer.publishThenFail(rolledBack)).isInstanceOf(IllegalStateException.class);
        UUID marker = UUID.randomUUID();
        writer.publish(marker, 1);

        // Once a later commit is through, the rolled-back event would have been too.
        assertThat(recordsOf(marker, 1)).hasSize(1);
        assertThat(recordsOf(rolledBack, 1, Duration.ofSeconds(2))).isEmpty();
        assertThat(count("select count(*) from outbox_event where aggregateid = ?1", rolledBack.toString()))
                .isZero();
    }

    @Test
    void theEventsOfOneAccountArriveInCommitOrder() {
        UUID account = UUID.randomUUID();
        LongStream.rangeClosed(1, 40).forEach(version -> writer.publish(account, version));

        List<ConsumerRecord<String, String>> records = recordsOf(account, 40);
        assertThat(records).hasSize(40);
        List<Integer> partitions =
                records.stream().map(ConsumerRecord::partition).distinct().toList();
        assertThat(partitions).hasSize(1);
        List<String> versions = records.stream()
                .map(r -> r.value().replaceAll("(?s).*\"version\":(\\d+).*", "$1"))
                .toList();
        assertThat(versions)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, 40).mapToObj(Long::toString).toList());
        // The CloudEvents sequence numbers the account's events in the same order, from 1, without a gap.
        assertThat(records.stream().map(r -> header(r, "ce_sequence")).toList())
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, 40).mapToObj(Long::toString).toList());
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID account = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String payload =
                "{\"accountId\":\"" + account + "\",\"account\":" + detailsJson(3) + ",\"changedFields\":[\"name\"]}";
        kafka.send(cloudEvent(account, eventId, payload));
        kafka.send(cloudEvent(account, eventId, payload));
        UUID after = UUID.randomUUID();
        kafka.send(cloudEvent(account, after, payload.replace("\"version\":3", "\"version\":4")));

        await().atMost(PATIENCE).until(() -> effects(account) == 2);
        assertThat(count("select count(*) from probe_effect where event_id = ?1", eventId))
                .isEqualTo(1);
        assertThat(count("select count(*) from inbox_event where event_id = ?1", eventId))
                .isEqualTo(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillHandled() {
        UUID account = UUID.randomUUID();
        UUID poison = UUID.randomUUID();
        kafka.send(cloudEvent(account, poison, "{this is not json"));
        String payload =
                "{\"accountId\":\"" + account + "\",\"account\":" + detailsJson(1) + ",\"changedFields\":[\"name\"]}";
        kafka.send(cloudEvent(account, UUID.randomUUID(), payload));

        await().atMost(PATIENCE).until(() -> effects(account) == 1);
        List<ConsumerRecord<String, String>> dead = kafka.read(
                "kam.dlq", r -> poison.toString().equals(header(r, "ce_id")), found -> !found.isEmpty(), PATIENCE);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo("{this is not json");
        assertThat(header(dead.get(0), "dead-letter-reason")).contains("does not fit event type");
        assertThat(header(dead.get(0), "dead-letter-topic")).isEqualTo(TOPIC);
    }

    private List<ConsumerRecord<String, String>> recordsOf(UUID account, int expected) {
        return recordsOf(account, expected, PATIENCE);
    }

    private List<ConsumerRecord<String, String>> recordsOf(UUID account, int expected, Duration wait) {
        return kafka.read(TOPIC, r -> account.toString().equals(r.key()), found -> found.size() >= expected, wait);
    }

    private static ProducerRecord<String, String> cloudEvent(UUID account, UUID eventId, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, account.toString(), payload);
        withHeader(record, "ce_specversion", "1.0");
        withHeader(record, "ce_id", eventId.toString());
        withHeader(record, "ce_source", "/kam/test");
        withHeader(record, "ce_type", "kam.account.updated.v1");
        withHeader(record, "ce_subject", account.toString());
        return record;
    }

    private static void withHeader(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String detailsJson(long version) {
        return "{\"name\":\"Probe\",\"status\":\"ACTIVE\",\"currency\":\"EUR\",\"values\":[],\"businessObjectives\":[],"
                + "\"markets\":[],\"customerCompetitors\":[],\"ourCompetitors\":[],\"version\":" + version + "}";
    }

    private long effects(UUID account) {
        return count("select count(*) from probe_effect where account_id = ?1", account);
    }

    private Object sentAt(UUID eventId) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select sent_at from outbox_event where id = ?1")
                .setParameter(1, eventId)
                .getResultList());
        return rows.isEmpty() ? null : rows.get(0);
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                        .createNativeQuery(sql)
                        .setParameter(1, parameter)
                        .getSingleResult())
                .longValue());
    }
}
