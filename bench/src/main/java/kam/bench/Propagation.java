package kam.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * S4: how long an account change takes to reach scoring, per event, split where it waits. Read afterwards from
 * where each step leaves its time: the outbox row (the event's time, taken in the transaction of the change, and
 * when Kafka acknowledged it), the record's timestamp (set when the relay handed it to the producer), and scoring's
 * inbox row (written in the transaction that applied it).
 */
final class Propagation {
    record Split(Latencies total, Latencies outbox, Latencies broker, Latencies consumer, int events, int applied) {}

    private Propagation() {}

    static Split since(Platform platform, Instant start) throws Exception {
        Map<UUID, Instant[]> events = new HashMap<>(); // id -> occurred, sent, handed to the producer, applied
        try (Connection accounts = platform.database("accounts");
                PreparedStatement rows = accounts.prepareStatement("select id, occurred_at, sent_at from outbox_event"
                        + " where occurred_at >= ? and type = 'kam.account.updated.v1'")) {
            rows.setTimestamp(1, Timestamp.from(start));
            try (ResultSet row = rows.executeQuery()) {
                while (row.next()) {
                    Timestamp sent = row.getTimestamp(3);
                    events.put(row.getObject(1, UUID.class), new Instant[] {
                        row.getTimestamp(2).toInstant(), sent == null ? null : sent.toInstant(), null, null
                    });
                }
            }
        }
        handedToProducer(start, events);
        appliedByScoring(platform, events);
        Latencies total = new Latencies();
        Latencies outbox = new Latencies();
        Latencies broker = new Latencies();
        Latencies consumer = new Latencies();
        int applied = 0;
        for (Instant[] times : events.values()) {
            if (times[1] == null || times[2] == null || times[3] == null) {
                continue;
            }
            applied++;
            total.record(micros(times[0], times[3]));
            // Record timestamps are whole milliseconds: a step shorter than that may show as slightly negative.
            outbox.record(Math.max(0, micros(times[0], times[2])));
            broker.record(Math.max(0, micros(times[2], times[1])));
            // The consumer may fetch the record before the relay has written down the acknowledgement.
            consumer.record(Math.max(0, micros(times[1], times[3])));
        }
        return new Split(total, outbox, broker, consumer, events.size(), applied);
    }

    private static void handedToProducer(Instant start, Map<UUID, Instant[]> events) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", Platform.KAFKA,
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor("kam.accounts").stream()
                    .map(p -> new TopicPartition("kam.accounts", p.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> from = new HashMap<>();
            partitions.forEach(p -> from.put(p, start.toEpochMilli() - 1000));
            Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(from);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp offset = offsets.get(partition);
                consumer.seek(partition, offset == null ? end.get(partition) : offset.offset());
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Header id = record.headers().lastHeader("ce_id");
                    Instant[] times = id == null
                            ? null
                            : events.get(UUID.fromString(new String(id.value(), StandardCharsets.UTF_8)));
                    if (times != null) {
                        times[2] = Instant.ofEpochMilli(record.timestamp());
                    }
                }
            }
        }
    }

    private static void appliedByScoring(Platform platform, Map<UUID, Instant[]> events) throws SQLException {
        try (Connection scoring = platform.database("scoring");
                PreparedStatement rows = scoring.prepareStatement("select event_id, received_at from inbox_event"
                        + " where consumer = 'scoring.accounts' and event_id = any(?)")) {
            rows.setArray(1, scoring.createArrayOf("uuid", events.keySet().toArray()));
            try (ResultSet row = rows.executeQuery()) {
                while (row.next()) {
                    events.get(row.getObject(1, UUID.class))[3] =
                            row.getTimestamp(2).toInstant();
                }
            }
        }
    }

    private static long micros(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1000;
    }
}
