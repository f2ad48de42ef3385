import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The dead-letter topic, kam.dlq, for whoever operates the platform: what is in it, and its replay to the topic it
 * came from once the cause is fixed. A replayed record is the original (key, value, CloudEvents headers and
 * traceparent, without the dead-letter headers), so every consumer's inbox knows its id: a consumer that had handled it
 * drops it, the one that could not handles it now, and replaying twice changes nothing more. Reads with no consumer
 * group, so it takes nothing from anyone.
 *
 * <p>Usage: java -cp <kafka-clients on the class path> DeadLetters.java <bootstrap> list [type] | replay <event id> |
 * replay-type <type>
 */
public class DeadLetters {
    private static final String DLQ = "kam.dlq";

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DeadLetters <bootstrap> list [type] | replay <event id> | replay-type <type>");
            System.exit(2);
        }
        String bootstrap = args[0];
        List<ConsumerRecord<String, String>> dead = readAll(bootstrap);
        switch (args[1]) {
            case "list" -> list(dead, args.length > 2 ? args[2] : null);
            case "replay" -> replay(bootstrap, dead, "ce_id", required(args));
            case "replay-type" -> replay(bootstrap, dead, "ce_type", required(args));
            default -> {
                System.err.println("unknown command " + args[1]);
                System.exit(2);
            }
        }
    }

    private static void list(List<ConsumerRecord<String, String>> dead, String type) {
        System.out.printf("%-10s %-36s %-34s %-22s %s%n", "dlq offset", "event id", "type", "from", "failure");
        int shown = 0;
        for (ConsumerRecord<String, String> record : dead) {
            if (type != null && !type.equals(header(record, "ce_type"))) {
                continue;
            }
            shown++;
            System.out.printf(
                    "%-10s %-36s %-34s %-22s %s%n",
                    record.partition() + "/" + record.offset(),
                    header(record, "ce_id"),
                    header(record, "ce_type"),
                    header(record, "dead-letter-topic") + "-" + header(record, "dead-letter-partition") + "@"
                            + header(record, "dead-letter-offset"),
                    header(record, "dead-letter-reason"));
        }
        System.out.println(shown + " of " + dead.size() + " dead letters");
    }

    /** Sends each distinct event whose header matches back to its topic, once (every consumer that failed it). */
    private static void replay(
            String bootstrap, List<ConsumerRecord<String, String>> dead, String header, String value)
            throws Exception {
        Map<String, ConsumerRecord<String, String>> events = new LinkedHashMap<>();
        dead.stream()
                .filter(record -> value.equals(header(record, header)))
                .forEach(record -> events.putIfAbsent(header(record, "ce_id"), record));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", bootstrap,
                "acks", "all",
                "enable.idempotence", "true",
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            for (ConsumerRecord<String, String> record : events.values()) {
                ProducerRecord<String, String> original =
                        new ProducerRecord<>(header(record, "dead-letter-topic"), record.key(), record.value());
                for (Header kept : record.headers()) {
                    if (!kept.key().startsWith("dead-letter-")) {
                        original.headers().add(kept.key(), kept.value());
                    }
                }
                producer.send(original).get(30, TimeUnit.SECONDS);
                System.out.println("replayed " + header(record, "ce_id") + " " + header(record, "ce_type") + " to "
                        + original.topic());
            }
        }
        System.out.println(events.size() + " events replayed");
    }

    /** Every record of kam.dlq from its start to its end now. */
    private static List<ConsumerRecord<String, String>> readAll(String bootstrap) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrap,
                "enable.auto.commit", "false",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(DLQ).stream()
                    .map(p -> new TopicPartition(DLQ, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
            }
        }
        return all;
    }

    private static String required(String[] args) {
        if (args.length < 3) {
            System.err.println(args[1] + " needs what to replay");
            System.exit(2);
        }
        return args[2];
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
