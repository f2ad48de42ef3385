package kam.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What waits in Kafka, read from the brokers every 30 s, so that it is known even while this service's consumers are
 * stuck or gone: {@code kam_consumer_lag} (records of each partition past the service's consumer group's committed
 * offset, by group, topic and partition) and {@code kam_dlq_depth} (records the dead-letter topic holds, from its
 * earliest offset to its latest: what no consumer could handle, waiting to be looked at and replayed). While Kafka
 * cannot be reached the last readings stay.
 */
@ApplicationScoped
public class KafkaDepths {
    private static final Logger LOG = Logger.getLogger(KafkaDepths.class);

    private final String group;
    private final String deadLetters;
    private final MeterRegistry meters;
    private final Admin admin;
    private final AtomicLong deadLetterDepth = new AtomicLong();
    private final Map<TopicPartition, AtomicLong> lags = new ConcurrentHashMap<>();

    public KafkaDepths(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String group,
            @ConfigProperty(name = "mp.messaging.connector.smallrye-kafka.dead-letter-queue.topic") String deadLetters,
            MeterRegistry meters) {
        this.group = group;
        this.deadLetters = deadLetters;
        this.meters = meters;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                group + "-depths"));
        Gauge.builder("kam.dlq.depth", deadLetterDepth, AtomicLong::get)
                .description("Records in the dead-letter topic")
                .tag("topic", deadLetters)
                .register(meters);
    }

    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        try {
            measureLag();
            measureDeadLetters();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.debugf("Kafka depths not measured: %s", e.getMessage());
        }
    }

    private void measureLag() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS));
        // A partition the group has never committed on has no offset yet.
        committed.values().removeIf(offset -> offset == null);
        Map<TopicPartition, Long> end = offsets(List.copyOf(committed.keySet()), OffsetSpec.latest());
        committed.forEach((partition, offset) -> lags.computeIfAbsent(partition, this::lagGauge)
                .set(Math.max(0, end.getOrDefault(partition, offset.offset()) - offset.offset())));
    }

    private AtomicLong lagGauge(TopicPartition partition) {
        AtomicLong lag = new AtomicLong();
        Gauge.builder("kam.consumer.lag", lag, AtomicLong::get)
                .description("Records past the consumer group's committed offset")
                .tags(Tags.of(
                        "group",
                        group,
                        "topic",
                        partition.topic(),
                        "partition",
                        Integer.toString(partition.partition())))
                .register(meters);
        return lag;
    }

    private void measureDeadLetters() throws Exception {
        List<TopicPartition> partitions = admin
                .describeTopics(List.of(deadLetters))
                .allTopicNames()
                .get(10, TimeUnit.SECONDS)
                .get(deadLetters)
                .partitions()
                .stream()
                .map(p -> new TopicPartition(deadLetters, p.partition()))
                .toList();
        Map<TopicPartition, Long> earliest = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> latest = offsets(partitions, OffsetSpec.latest());
        deadLetterDepth.set(partitions.stream()
                .mapToLong(p -> latest.get(p) - earliest.get(p))
                .sum());
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        return admin
                .listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .all()
                .get(10, TimeUnit.SECONDS)
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
