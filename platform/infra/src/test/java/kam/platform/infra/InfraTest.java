package kam.platform.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class InfraTest {

    @Test
    void postgresCreatesDatabasesAndAnswersQueries() throws Exception {
        try (PostgresServer postgres = PostgresServer.start(PostgresServer.Options.temporary())) {
            postgres.createDatabase("accounts").createDatabase("accounts");
            try (Connection connection = DriverManager.getConnection(
                            postgres.jdbcUrl("accounts"), PostgresServer.USER, PostgresServer.PASSWORD);
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select current_database(), version()")) {
                assertTrue(result.next());
                assertEquals("accounts", result.getString(1));
                assertTrue(result.getString(2).startsWith("PostgreSQL 17"), result.getString(2));
            }
        }
    }

    @Test
    void kafkaKeepsTopicsAndRecordsAcrossARestartWithKeptData() throws Exception {
        Path dataDir = Directories.temporary("kafka-kept-");
        try {
            int port = FreePorts.pick();
            try (KafkaBroker broker = KafkaBroker.start(new KafkaBroker.Options(port, dataDir, 3))) {
                try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                    admin.createTopics(List.of(new NewTopic("infra.test", 3, (short) 1)))
                            .all()
                            .get();
                }
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                        StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                        StringSerializer.class))) {
                    producer.send(new ProducerRecord<>("infra.test", "key", "kept"))
                            .get();
                }
            }
            assertTrue(Files.exists(dataDir.resolve("meta.properties")));

            try (KafkaBroker restarted = KafkaBroker.start(new KafkaBroker.Options(port, dataDir, 3));
                    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            restarted.bootstrapServers(),
                            ConsumerConfig.GROUP_ID_CONFIG,
                            "infra-test",
                            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                            "earliest",
                            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                            StringDeserializer.class,
                            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                            StringDeserializer.class))) {
                consumer.subscribe(Set.of("infra.test"));
                String value = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (value == null && System.nanoTime() < deadline) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    if (!records.isEmpty()) {
                        value = records.iterator().next().value();
                    }
                }
                assertEquals("kept", value);
            }
        } finally {
            Directories.deleteRecursively(dataDir);
        }
    }
}
