package kam.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import kam.platform.events.EventCatalog;
import kam.platform.events.EventType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A plain Kafka client for tests: sends raw records and reads a topic from its beginning. */
public final class KafkaTestClient implements AutoCloseable {
    private final String bootstrapServers;
    private final KafkaProducer<String, String> producer;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
    }

    /** Sends and waits for the broker's acknowledgement. */
    public void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + record.topic(), e);
        }
    }

    /**
     * Sends an event as a service's outbox would: the payload as JSON, CloudEvents headers, the subject as key. Sending
     * the same {@code eventId} again is a redelivery.
     *
     * <p>Every event goes out as a newer producer of the same version would write it: with a field the contract does
     * not have yet at the top and inside every nested object ({@link #ADDED_FIELD}). Consumers must ignore them (the
     * event contract's rule), so every consumer test is also a test that they do.
     *
     * @param source the CloudEvents source, for example {@code /kam/account-service}
     */
    public <T> void sendEvent(String topic, String source, UUID eventId, T payload, ObjectMapper json) {
        EventType<T> type = EventCatalog.of(payload);
        String subject = type.subject(payload);
        ProducerRecord<String, String> record;
        try {
            record = new ProducerRecord<>(
                    topic, subject, json.writeValueAsString(withAddedFields(json.valueToTree(payload))));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + type.type(), e);
        }
        record.headers().add("ce_specversion", bytes("1.0"));
        record.headers().add("ce_id", bytes(eventId.toString()));
        record.headers().add("ce_source", bytes(source));
        record.headers().add("ce_type", bytes(type.type()));
        record.headers().add("ce_subject", bytes(subject));
        record.headers().add("ce_time", bytes(Instant.now().toString()));
        send(record);
    }

    /** {@link #sendEvent(String, String, UUID, Object, ObjectMapper)} with a new event id. */
    public <T> void sendEvent(String topic, String source, T payload, ObjectMapper json) {
        sendEvent(topic, source, UUID.randomUUID(), payload, json);
    }

    /** The name of the field a later producer added, in every object of every event sent here. */
    public static final String ADDED_FIELD = "addedInALaterVersion";

    private static JsonNode withAddedFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(member -> withAddedFields(member.getValue()));
            object.putObject(ADDED_FIELD)
                    .put("note", "a field of a later producer")
                    .putArray("list")
                    .add(1);
        } else if (node instanceof ArrayNode array) {
            array.forEach(KafkaTestClient::withAddedFields);
        }
        return node;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads {@code topic} from the beginning, keeping the records that {@code keep} accepts, until {@code done}
     * holds for them or {@code timeout} passes; returns what was kept either way.
     */
    public List<ConsumerRecord<String, String>> read(
            String topic,
            Predicate<ConsumerRecord<String, String>> keep,
            Predicate<List<ConsumerRecord<String, String>>> done,
            Duration timeout) {
        List<ConsumerRecord<String, String>> kept = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false))) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                        .map(info -> new TopicPartition(topic, info.partition()))
                        .toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!done.test(kept) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (keep.test(record)) {
                        kept.add(record);
                    }
                });
            }
        }
        return kept;
    }

    /** The text of a record's last header of that name, or null. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
