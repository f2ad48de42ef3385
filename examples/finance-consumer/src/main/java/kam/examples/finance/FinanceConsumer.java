package kam.examples.finance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows kam.scoring and kam.accounts for finance: tier changes, concentration alerts and mergers (docs/events.md).
 * How to read the platform's events, in one class:
 *
 * <ul>
 *   <li>The type is the {@code ce_type} header; the value is the JSON payload. Types this consumer does not know
 *       (score changes, concentration measures, a future {@code .v2}) are skipped, not errors.
 *   <li>Delivery is at least once: an event seen before (same {@code ce_id}) is skipped. This example remembers ids in
 *       memory; a real consumer stores them in the same database transaction as what it does with the event.
 *   <li>Offsets are committed only after the events of a poll were handled, so a crash re-reads, never loses.
 *   <li>Fields the payload gains later are ignored: within a version, the platform only adds optional fields.
 * </ul>
 *
 * <p>Run against the local platform: {@code ./mvnw -pl examples/finance-consumer exec:java -Dexec.args=localhost:9092}
 */
public final class FinanceConsumer implements AutoCloseable {
    public static final String TOPIC = "kam.scoring";
    public static final String ACCOUNTS = "kam.accounts";
    /** The agreed tiers; kam.scoring.tier-changed.v1 beside it is for readers not yet moved to v2. */
    static final String TIER_CHANGED = "kam.scoring.tier-changed.v2";

    static final String CONCENTRATION_ALERT = "kam.scoring.concentration-alert.v1";
    static final String MERGED = "kam.account.merged.v1";
    private static final int REMEMBERED_IDS = 100_000;

    private final KafkaConsumer<String, String> consumer;
    private final FinanceEvents.Handler handler;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Boolean> handled = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_IDS;
        }
    };

    public FinanceConsumer(String bootstrapServers, String groupId, FinanceEvents.Handler handler) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        // A new group starts from the oldest event the topic keeps, not from now.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(config);
        this.handler = handler;
        consumer.subscribe(List.of(TOPIC, ACCOUNTS));
    }

    /** Polls once, hands each new event of interest to the handler, then commits; answers how many it handled. */
    public int pollOnce(Duration timeout) {
        ConsumerRecords<String, String> records = consumer.poll(timeout);
        int count = 0;
        for (ConsumerRecord<String, String> record : records) {
            if (handle(record)) {
                count++;
            }
        }
        if (!records.isEmpty()) {
            consumer.commitSync();
        }
        return count;
    }

    private boolean handle(ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type");
        String id = header(record, "ce_id");
        if (id == null || !(TIER_CHANGED.equals(type) || CONCENTRATION_ALERT.equals(type) || MERGED.equals(type))) {
            return false;
        }
        if (handled.containsKey(id)) {
            return false;
        }
        Instant at = Instant.parse(header(record, "ce_time"));
        JsonNode payload = read(record.value());
        if (TIER_CHANGED.equals(type)) {
            handler.tierChanged(new FinanceEvents.TierChanged(
                    id,
                    at,
                    UUID.fromString(payload.path("accountId").asText()),
                    text(payload, "accountName"),
                    text(payload, "previousTier"),
                    text(payload, "tier"),
                    payload.path("reason").asText(),
                    payload.path("listVersion").asInt(),
                    refs(payload.path("externalRefs"))));
        } else if (MERGED.equals(type)) {
            handler.accountsMerged(new FinanceEvents.AccountsMerged(
                    id,
                    at,
                    UUID.fromString(payload.path("accountId").asText()),
                    text(payload, "name"),
                    UUID.fromString(payload.path("survivorAccountId").asText()),
                    text(payload, "survivorName"),
                    refs(payload.path("movedExternalRefs"))));
        } else {
            handler.concentrationAlert(new FinanceEvents.ConcentrationAlert(
                    id,
                    at,
                    UUID.fromString(payload.path("groupId").asText()),
                    text(payload, "groupName"),
                    payload.path("share").asDouble(),
                    payload.path("threshold").asDouble()));
        }
        handled.put(id, Boolean.TRUE);
        return true;
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            // The platform validates every payload against its schema before publishing; this is not expected.
            throw new IllegalStateException("an event that is not JSON: " + e.getMessage(), e);
        }
    }

    /** A list of {system, id} into system to id; absent in events older than external references. */
    private static Map<String, String> refs(JsonNode list) {
        Map<String, String> refs = new TreeMap<>();
        list.forEach(ref -> refs.put(ref.path("system").asText(), ref.path("id").asText()));
        return refs;
    }

    private static String text(JsonNode payload, String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Makes a poll in progress on another thread return, so that {@link #run} ends. */
    public void wakeup() {
        consumer.wakeup();
    }

    /** Polls until {@link #wakeup}. */
    public void run() {
        try {
            while (true) {
                pollOnce(Duration.ofSeconds(1));
            }
        } catch (WakeupException stop) {
            // asked to stop
        }
    }

    @Override
    public void close() {
        consumer.close();
    }

    public static void main(String[] args) {
        String bootstrap = args.length > 0 ? args[0] : "localhost:9092";
        FinanceConsumer finance = new FinanceConsumer(bootstrap, "finance-example", new FinanceEvents.Handler() {
            @Override
            public void tierChanged(FinanceEvents.TierChanged event) {
                System.out.printf(
                        "%s account %s (%s, %s): tier %s -> %s (%s, list version %d)%n",
                        event.at(),
                        event.accountName(),
                        event.accountId(),
                        event.externalRefs(),
                        event.previousTier(),
                        event.tier(),
                        event.reason(),
                        event.listVersion());
            }

            @Override
            public void accountsMerged(FinanceEvents.AccountsMerged event) {
                System.out.printf(
                        "%s MERGED %s (%s) into %s (%s), which took %s%n",
                        event.at(),
                        event.mergedName(),
                        event.mergedAccountId(),
                        event.survivorName(),
                        event.survivorAccountId(),
                        event.movedExternalRefs());
            }

            @Override
            public void concentrationAlert(FinanceEvents.ConcentrationAlert event) {
                System.out.printf(
                        "%s ALERT group %s (%s) holds %.1f %% of revenue (threshold %.1f %%)%n",
                        event.at(), event.groupName(), event.groupId(), event.share() * 100, event.threshold() * 100);
            }
        });
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            finance.wakeup();
            try {
                main.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try (finance) {
            System.out.println("Following " + TOPIC + " on " + bootstrap + "; Ctrl-C stops.");
            finance.run();
        }
    }
}
