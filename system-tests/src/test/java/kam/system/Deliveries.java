package kam.system;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Matches a write load's committed changes with their events: published on kam.accounts (the ledger), read by
 * scoring's consumer group (its committed offsets) and applied (scoring's inbox). {@link #settle} waits until every
 * committed change is applied, or gives up after 90 s, and reports what it found either way.
 */
final class Deliveries {
    private static final String GROUP = "scoring-service";

    private final SystemPlatform platform;
    private final ScoringInbox inbox;

    Deliveries(SystemPlatform platform) {
        this.platform = platform;
        this.inbox = new ScoringInbox(platform.jdbcUrl("scoring"));
    }

    /** Waits for the load's changes to be applied by scoring, then reports; the load must be closed. */
    FaultReport settle(String fault, WriteLoad load, EventLedger ledger, Instant faultEnded) {
        Map<String, Long> versionsAfter = new LinkedHashMap<>();
        load.accounts().forEach(account -> versionsAfter.put(account, load.version(account)));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        FaultReport report = measure(fault, load, ledger, versionsAfter, faultEnded);
        while ((report.lost() > 0 || report.consumed() < report.published() + report.redelivered())
                && System.nanoTime() < deadline) {
            SystemPlatform.sleep(1000);
            report = measure(fault, load, ledger, versionsAfter, faultEnded);
        }
        return report;
    }

    private FaultReport measure(
            String fault, WriteLoad load, EventLedger ledger, Map<String, Long> versionsAfter, Instant faultEnded) {
        List<EventLedger.Published> records = ledger.published(versionsAfter.keySet()).stream()
                .filter(p -> p.version() > load.versionBefore(p.account()))
                .toList();
        Map<String, EventLedger.Published> events = new LinkedHashMap<>();
        records.forEach(p -> events.putIfAbsent(p.id(), p));
        List<ScoringInbox.Applied> applied = inbox.applied(events.keySet());
        Set<String> appliedIds = new HashSet<>();
        applied.forEach(a -> appliedIds.add(a.id()));

        long committed = 0;
        long lost = 0;
        int withoutChange = 0;
        for (var account : versionsAfter.entrySet()) {
            long before = load.versionBefore(account.getKey());
            committed += account.getValue() - before;
            for (long version = before + 1; version <= account.getValue(); version++) {
                long v = version;
                List<EventLedger.Published> ofVersion = events.values().stream()
                        .filter(p -> p.account().equals(account.getKey()) && p.version() == v)
                        .toList();
                if (ofVersion.stream().noneMatch(p -> appliedIds.contains(p.id()))) {
                    lost++;
                }
                withoutChange += Math.max(0, ofVersion.size() - 1);
            }
            withoutChange += (int) events.values().stream()
                    .filter(p -> p.account().equals(account.getKey()) && p.version() > account.getValue())
                    .count();
        }
        int outOfOrder = outOfOrderOnTopic(events.values()) + outOfOrderApplied(applied, events);
        Instant lastApplied =
                applied.isEmpty() ? faultEnded : applied.get(applied.size() - 1).at();
        Duration recovery = lastApplied.isAfter(faultEnded) ? Duration.between(faultEnded, lastApplied) : Duration.ZERO;
        return new FaultReport(
                fault,
                load.attempted(),
                load.acknowledged(),
                committed,
                events.size(),
                records.size() - events.size(),
                consumed(records),
                appliedIds.size(),
                lost,
                applied.size() - appliedIds.size(),
                outOfOrder,
                withoutChange,
                recovery);
    }

    /** Records scoring's group has read past: its committed offset on the record's partition is beyond the record. */
    private int consumed(List<EventLedger.Published> records) {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", platform.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata()
                    .get();
            return (int) records.stream()
                    .filter(p -> {
                        OffsetAndMetadata offset = committed.get(new TopicPartition("kam.accounts", p.partition()));
                        return offset != null && offset.offset() > p.offset();
                    })
                    .count();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read " + GROUP + "'s offsets", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Events of one account published after a later version of it. */
    private static int outOfOrderOnTopic(Iterable<EventLedger.Published> events) {
        Map<String, Long> latest = new HashMap<>();
        int late = 0;
        for (EventLedger.Published p : events) {
            if (p.version() < latest.getOrDefault(p.account(), Long.MIN_VALUE)) {
                late++;
            }
            latest.merge(p.account(), p.version(), Math::max);
        }
        return late;
    }

    /** Events of one account applied after a later version of it. */
    private static int outOfOrderApplied(
            List<ScoringInbox.Applied> applied, Map<String, EventLedger.Published> events) {
        Map<String, Long> latest = new HashMap<>();
        int late = 0;
        for (ScoringInbox.Applied a : applied) {
            EventLedger.Published p = events.get(a.id());
            if (p.version() < latest.getOrDefault(p.account(), Long.MIN_VALUE)) {
                late++;
            }
            latest.merge(p.account(), p.version(), Math::max);
        }
        return late;
    }
}
