import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints the platform's events as they come, the way finance or receivables would receive them: topic, key, CloudEvents
 * type and payload. Reads from the start with a group of its own, so nothing is taken from the services.
 * Usage: java -cp <infra classpath> WatchEvents.java <bootstrap> [topic ...] (default: every kam.* topic)
 */
public class WatchEvents {
    public static void main(String[] args) {
        String bootstrap = args.length > 0 ? args[0] : "localhost:9092";
        List<String> topics = args.length > 1
                ? List.of(args).subList(1, args.length)
                : List.of("kam.accounts", "kam.scoring", "kam.planning", "kam.reviews");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrap,
                "group.id", "watch-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            consumer.subscribe(topics);
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    Header type = record.headers().lastHeader("ce_type");
                    System.out.printf("%s key=%s %s %s%n", record.topic(), record.key(),
                            type == null ? "?" : new String(type.value(), StandardCharsets.UTF_8), record.value());
                }
            }
        }
    }
}
