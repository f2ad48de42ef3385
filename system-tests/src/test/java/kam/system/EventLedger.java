package kam.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What account-service published about some accounts from a moment on, read back from kam.accounts by a plain
 * consumer with no group: the end offsets are taken when the ledger opens, and {@link #published} reads from there.
 */
final class EventLedger {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "kam.accounts";

    /** One account-updated record: its CloudEvents id, the account and the account version it carries. */
    record Published(String id, String account, long version, int partition, long offset) {}

    private final String bootstrapServers;
    private final Map<TopicPartition, Long> start;

    private EventLedger(String bootstrapServers, Map<TopicPartition, Long> start) {
        this.bootstrapServers = bootstrapServers;
        this.start = start;
    }

    static EventLedger openAt(String bootstrapServers) {
        try (KafkaConsumer<String, String> consumer = consumer(bootstrapServers)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition()))
                    .toList();
            return new EventLedger(bootstrapServers, consumer.endOffsets(partitions));
        }
    }

    /** The account-updated records of these accounts since the ledger opened, in partition and offset order. */
    List<Published> published(Set<String> accounts) {
        return since().stream()
                .filter(record ->
                        accounts.contains(record.key()) && "kam.account.updated.v1".equals(header(record, "ce_type")))
                .map(record -> new Published(
                        header(record, "ce_id"),
                        record.key(),
                        read(record.value()).path("account").path("version").asLong(),
                        record.partition(),
                        record.offset()))
                .toList();
    }

    /** One record of any type about an account: its CloudEvents id, type and sequence (its place among the key's). */
    record Keyed(String id, String type, long sequence) {}

    /** Every record of the account since the ledger opened, of any type, in offset order (one key: one partition). */
    List<Keyed> ofAccount(String account) {
        return since().stream()
                .filter(record -> account.equals(record.key()))
                .map(record -> {
                    String sequence = header(record, "ce_sequence");
                    return new Keyed(
                            header(record, "ce_id"),
                            header(record, "ce_type"),
                            sequence == null ? -1 : Long.parseLong(sequence));
                })
                .toList();
    }

    /** Every record of the topic from the ledger's start to its end now, in partition and offset order. */
    private List<ConsumerRecord<String, String>> since() {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(bootstrapServers)) {
            consumer.assign(start.keySet());
            start.forEach(consumer::seek);
            Map<TopicPartition, Long> end = consumer.endOffsets(start.keySet());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!reached(consumer, end) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
            }
        }
        return seen;
    }

    /** How many records of any kind the topic held when the ledger opened: what a consumer re-reads from the start. */
    long recordsBefore() {
        return start.values().stream().mapToLong(Long::longValue).sum();
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static KafkaConsumer<String, String> consumer(String bootstrapServers) {
        return new KafkaConsumer<>(Map.of(
                "bootstrap.servers",
                bootstrapServers,
                "enable.auto.commit",
                "false",
                "isolation.level",
                "read_committed",
                "key.deserializer",
                StringDeserializer.class.getName(),
                "value.deserializer",
                StringDeserializer.class.getName()));
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
