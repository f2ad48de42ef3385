package kam.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The physical limits of the same machine in the same run, for the scenarios to be measured against: PostgreSQL
 * point reads and single-row updates over plain JDBC, and Kafka's own end-to-end latency on the same broker.
 */
final class Baselines {
    private static final int ROWS = 10_000;

    private Baselines() {}

    /** A table shaped like an account row, in a database of its own. */
    static void prepare(Platform platform) throws SQLException {
        try (Connection postgres = platform.database("postgres");
                Statement statement = postgres.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = 'bench'")) {
                if (!exists.next()) {
                    statement.execute("create database bench");
                }
            }
        }
        try (Connection bench = platform.database("bench");
                Statement statement = bench.createStatement()) {
            statement.execute("drop table if exists bench_row");
            statement.execute("create table bench_row (id int primary key, name text not null, version bigint not"
                    + " null, profile jsonb not null)");
            statement.execute("insert into bench_row select i, 'Account ' || i, 0, jsonb_build_object('currency',"
                    + " 'EUR', 'region', 'EMEA') from generate_series(1, " + ROWS + ") i");
        }
    }

    /** Point reads by primary key, {@code clients} connections each reading as fast as it can. */
    static Latencies.Summary postgresReads(Platform platform, int clients, Duration length) {
        return jdbc(platform, clients, length, "select id, name, version, profile from bench_row where id = ?", false);
    }

    /** Single-row updates, each its own transaction, as a service's write is. */
    static Latencies.Summary postgresUpdates(Platform platform, int clients, Duration length) {
        return jdbc(
                platform,
                clients,
                length,
                "update bench_row set name = 'Renamed', version = version + 1 where id = ?",
                true);
    }

    private static Latencies.Summary jdbc(Platform platform, int clients, Duration length, String sql, boolean update) {
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        Workers.run(clients, () -> {
            try (Connection connection = platform.database("bench");
                    PreparedStatement statement = connection.prepareStatement(sql)) {
                while (System.nanoTime() < end) {
                    long began = System.nanoTime();
                    statement.setInt(1, 1 + ThreadLocalRandom.current().nextInt(ROWS));
                    if (update) {
                        statement.executeUpdate();
                    } else {
                        try (ResultSet row = statement.executeQuery()) {
                            row.next();
                        }
                    }
                    latencies.record((System.nanoTime() - began) / 1000);
                }
            } catch (SQLException e) {
                latencies.error("failed");
            }
        });
        return latencies.summary((System.nanoTime() - start) / 1e9);
    }

    /**
     * Kafka's end-to-end latency as Kafka's own EndToEndLatency tool measures it: one message at a time, produced with
     * acks=all and polled back by a consumer of the same partition, on the platform's broker.
     */
    static Latencies.Summary kafkaEndToEnd(int messages) throws Exception {
        String topic = "kam.bench.latency";
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", Platform.KAFKA))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
                        .all()
                        .get();
            }
        }
        Latencies latencies = new Latencies();
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        "bootstrap.servers",
                        Platform.KAFKA,
                        "acks",
                        "all",
                        "linger.ms",
                        "0",
                        "key.serializer",
                        StringSerializer.class.getName(),
                        "value.serializer",
                        StringSerializer.class.getName()));
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                        "bootstrap.servers",
                        Platform.KAFKA,
                        "fetch.min.bytes",
                        "1",
                        "fetch.max.wait.ms",
                        "100",
                        "key.deserializer",
                        StringDeserializer.class.getName(),
                        "value.deserializer",
                        StringDeserializer.class.getName()))) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            String payload = "x".repeat(500);
            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                String key = UUID.randomUUID().toString();
                long began = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, key, payload)).get();
                boolean seen = false;
                while (!seen
                        && System.nanoTime() - began < Duration.ofSeconds(10).toNanos()) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        seen |= record.key().equals(key);
                    }
                }
                if (seen) {
                    latencies.record((System.nanoTime() - began) / 1000);
                } else {
                    latencies.error("failed");
                }
            }
            return latencies.summary((System.nanoTime() - start) / 1e9);
        }
    }
}
