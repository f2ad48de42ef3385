package kam.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until the services have handled every event so far (no consumer group behind its topics' ends): a scenario
 * measured while the services still digest the last one's events measures both.
 */
final class Quiet {
    private Quiet() {}

    /** Answers the events still to handle when it gave up, 0 when all were handled. */
    static long await(Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        long behind;
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", Platform.KAFKA))) {
            do {
                behind = behind(admin);
                if (behind > 0) {
                    Thread.sleep(500);
                }
            } while (behind > 0 && System.nanoTime() < deadline);
        }
        return behind;
    }

    private static long behind(Admin admin) throws Exception {
        long behind = 0;
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata()
                    .get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(latest).all().get();
            for (var entry : committed.entrySet()) {
                if (entry.getValue() != null) {
                    behind += Math.max(
                            0,
                            ends.get(entry.getKey()).offset() - entry.getValue().offset());
                }
            }
        }
        return behind;
    }
}
