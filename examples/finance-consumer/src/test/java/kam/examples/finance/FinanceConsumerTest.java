package kam.examples.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import kam.platform.infra.KafkaBroker;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example against a real broker, fed records as the platform publishes them (CloudEvents binary mode, the example
 * payloads of platform/events): it hands over tier changes and alerts once each, skips a redelivery and the types it
 * does not follow, and a restart with the same group reads nothing twice.
 */
class FinanceConsumerTest {
    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.start(KafkaBroker.Options.temporary());
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void followsTierChangesAndAlertsOnceEachAndCommitsWhatItHandled() throws Exception {
        String tierChangeId = UUID.randomUUID().toString();
        String alertId = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            publish(producer, tierChangeId, FinanceConsumer.TIER_CHANGED, "5b0e6a52-3f7c-4d8e-9a51-2f4b7c1d9e10");
            publish(
                    producer,
                    UUID.randomUUID().toString(),
                    "kam.scoring.score-changed.v1",
                    "5b0e6a52-3f7c-4d8e-9a51-2f4b7c1d9e10");
            // The same change as v1 readers get it, beside v2: finance reads v2 only, so it hears of it once.
            publish(
                    producer,
                    UUID.randomUUID().toString(),
                    "kam.scoring.tier-changed.v1",
                    "5b0e6a52-3f7c-4d8e-9a51-2f4b7c1d9e10");
            // A redelivery: the same event, the same id.
            publish(producer, tierChangeId, FinanceConsumer.TIER_CHANGED, "5b0e6a52-3f7c-4d8e-9a51-2f4b7c1d9e10");
            publish(producer, alertId, FinanceConsumer.CONCENTRATION_ALERT, "5b0e6a52-3f7c-4d8e-9a51-2f4b7c1d9e10");
            producer.flush();
        }

        Recorder recorder = new Recorder();
        try (FinanceConsumer finance = new FinanceConsumer(broker.bootstrapServers(), "finance-test", recorder)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!recorder.ids().containsAll(List.of(tierChangeId, alertId)) && System.nanoTime() < deadline) {
                finance.pollOnce(Duration.ofMillis(500));
            }
            // Anything still to come would be a second copy.
            finance.pollOnce(Duration.ofSeconds(1));
        }

        // The other test's events may be on the topic too: only this test's count.
        List<FinanceEvents.TierChanged> changes = recorder.tierChanges.stream()
                .filter(c -> c.eventId().equals(tierChangeId))
                .toList();
        assertEquals(1, changes.size(), "the redelivery is skipped");
        assertEquals(
                0,
                recorder.tierChanges.stream()
                        .filter(c -> "SCORE".equals(c.reason()))
                        .count(),
                "the v1 copy is not read");
        FinanceEvents.TierChanged change = changes.get(0);
        assertEquals(UUID.fromString("5b0e6a52-3f7c-4d8e-9a51-2f4b7c1d9e10"), change.accountId());
        assertEquals("Contoso Foods Group", change.accountName());
        assertNull(change.previousTier());
        assertEquals("Gold", change.tier());
        assertEquals("LIST_AGREED", change.reason());
        assertEquals(3, change.listVersion());
        assertEquals("C-10042", change.externalRefs().get("erp"), "finance finds its own customer by its ERP number");
        List<FinanceEvents.ConcentrationAlert> alerts = recorder.alerts.stream()
                .filter(a -> a.eventId().equals(alertId))
                .toList();
        assertEquals(1, alerts.size());
        FinanceEvents.ConcentrationAlert alert = alerts.get(0);
        assertEquals("Northwind Retail Group", alert.groupName());
        assertEquals(0.164, alert.share());
        assertEquals(0.1, alert.threshold());

        Recorder afterRestart = new Recorder();
        try (FinanceConsumer finance = new FinanceConsumer(broker.bootstrapServers(), "finance-test", afterRestart)) {
            finance.pollOnce(Duration.ofSeconds(3));
        }
        assertFalse(afterRestart.ids().contains(tierChangeId), "the committed events are not read again");
        assertFalse(afterRestart.ids().contains(alertId));
    }

    @Test
    void aTierOfNullMeansTheAccountIsNoLongerAKeyAccount() throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(record(
                            UUID.randomUUID().toString(),
                            FinanceConsumer.TIER_CHANGED,
                            "1b0e6a52-3f7c-4d8e-9a51-2f4b7c1d9e10",
                            """
                            {"accountId": "1b0e6a52-3f7c-4d8e-9a51-2f4b7c1d9e10", "accountName": "Fabrikam",
                             "previousTier": "Gold", "tier": null, "reason": "OVERRIDE_EXPIRED", "listVersion": 7,
                             "modelId": "7e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", "addedLater": 1}"""))
                    .get();
        }
        Recorder recorder = new Recorder();
        try (FinanceConsumer finance = new FinanceConsumer(broker.bootstrapServers(), "finance-null", recorder)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (recorder.tierChanges.stream().noneMatch(c -> c.reason().equals("OVERRIDE_EXPIRED"))
                    && System.nanoTime() < deadline) {
                finance.pollOnce(Duration.ofMillis(500));
            }
        }
        FinanceEvents.TierChanged dropped = recorder.tierChanges.stream()
                .filter(c -> c.reason().equals("OVERRIDE_EXPIRED"))
                .findFirst()
                .orElseThrow();
        assertEquals("Gold", dropped.previousTier());
        assertNull(dropped.tier(), "null, not the text \"null\"");
    }

    @Test
    void aMergerNamesTheSurvivorAndTheIdsItTook() throws Exception {
        String id = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(record(
                            FinanceConsumer.ACCOUNTS,
                            id,
                            FinanceConsumer.MERGED,
                            "9c8b7a6f-5e4d-4c3b-8a2f-1e0d9c8b7a6f",
                            example(FinanceConsumer.MERGED)))
                    .get();
        }
        Recorder recorder = new Recorder();
        try (FinanceConsumer finance = new FinanceConsumer(broker.bootstrapServers(), "finance-merger", recorder)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!recorder.ids().contains(id) && System.nanoTime() < deadline) {
                finance.pollOnce(Duration.ofMillis(500));
            }
        }
        FinanceEvents.AccountsMerged merged = recorder.mergers.stream()
                .filter(m -> m.eventId().equals(id))
                .findFirst()
                .orElseThrow();
        assertEquals(UUID.fromString("7e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b"), merged.survivorAccountId());
        assertEquals("Contoso Foods", merged.survivorName());
        assertEquals("0015g00000AbC", merged.movedExternalRefs().get("crm"));
    }

    private static void publish(KafkaProducer<String, String> producer, String id, String type, String key)
            throws Exception {
        producer.send(record(id, type, key, example(type))).get();
    }

    private static ProducerRecord<String, String> record(String id, String type, String key, String payload) {
        return record(FinanceConsumer.TOPIC, id, type, key, payload);
    }

    private static ProducerRecord<String, String> record(
            String topic, String id, String type, String key, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_source", "/kam/scoring-service");
        header(record, "ce_type", type);
        header(record, "ce_subject", key);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String example(String type) throws IOException {
        try (InputStream in = FinanceConsumerTest.class.getResourceAsStream("/kam/events/examples/" + type + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    private static final class Recorder implements FinanceEvents.Handler {
        final List<FinanceEvents.TierChanged> tierChanges = new ArrayList<>();
        final List<FinanceEvents.ConcentrationAlert> alerts = new ArrayList<>();
        final List<FinanceEvents.AccountsMerged> mergers = new ArrayList<>();

        Set<String> ids() {
            Set<String> ids = new HashSet<>();
            tierChanges.forEach(c -> ids.add(c.eventId()));
            alerts.forEach(a -> ids.add(a.eventId()));
            mergers.forEach(m -> ids.add(m.eventId()));
            return ids;
        }

        @Override
        public void accountsMerged(FinanceEvents.AccountsMerged event) {
            mergers.add(event);
        }

        @Override
        public void tierChanged(FinanceEvents.TierChanged event) {
            tierChanges.add(event);
        }

        @Override
        public void concentrationAlert(FinanceEvents.ConcentrationAlert event) {
            alerts.add(event);
        }
    }
}
