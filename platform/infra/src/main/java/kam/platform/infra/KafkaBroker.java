package kam.platform.infra;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Apache Kafka node in KRaft mode, running in this JVM, that is both controller and broker: alone (the local
 * run, the service tests), or one of a cluster of such nodes (the system tests' three, each in a process of its own
 * started by {@link KafkaNodeLauncher}), as deploy/kubernetes' KafkaNodePool runs them.
 *
 * <p>The storage is formatted only when {@code meta.properties} is absent, so a kept data directory restarts with
 * its topics and offsets; formatting it again with a new cluster id would fail.
 */
public final class KafkaBroker implements AutoCloseable {
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    /**
     * @param port the client port, or 0 for a free one
     * @param dataDir where the log lives; {@code null} for a temporary folder deleted on close
     * @param partitions partitions of an automatically created topic
     */
    public record Options(int port, Path dataDir, int partitions) {
        public static Options temporary() {
            return new Options(0, null, 3);
        }
    }

    /**
     * One node of a cluster of {@code size} combined controller-broker nodes: the controller quorum is every node's
     * controller port ({@code voters}, as {@code 1@localhost:9093,2@localhost:9094,...}), and every node is formatted
     * with the same cluster id (null: a new one, for a node alone). Its internal topics are replicated to every node (up to three), and a write needs two of
     * them in sync, as deploy/kubernetes' Kafka declares.
     */
    public record Member(int nodeId, int port, int controllerPort, String voters, String clusterId, int size) {}

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;
    private final boolean deleteOnClose;

    private KafkaBroker(KafkaRaftServer server, String bootstrapServers, Path dataDir, boolean deleteOnClose) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
    }

    public static KafkaBroker start(Options options) {
        int controllerPort = FreePorts.pick();
        Member alone = new Member(
                1, FreePorts.orPick(options.port()), controllerPort, "1@localhost:" + controllerPort, null, 1);
        return start(alone, options.dataDir(), options.partitions());
    }

    /** Starts one node of a cluster; it answers once a quorum of the cluster's nodes has started. */
    public static KafkaBroker join(Member member, Path dataDir) {
        return start(member, dataDir, 3);
    }

    private static KafkaBroker start(Member member, Path dir, int partitions) {
        boolean temporary = dir == null;
        Path dataDir = temporary ? Directories.temporary("kafka-") : Directories.create(dir);
        KafkaConfig config = KafkaConfig.fromProps(brokerProperties(dataDir, member, partitions));
        formatIfNew(dataDir, member);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        String bootstrap = "localhost:" + member.port();
        awaitReady(bootstrap);
        return new KafkaBroker(server, bootstrap, dataDir, temporary);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (deleteOnClose) {
            Directories.deleteRecursively(dataDir);
        }
    }

    private static Properties brokerProperties(Path dataDir, Member member, int partitions) {
        int replicas = Math.min(3, member.size());
        String inSync = String.valueOf(Math.min(2, replicas));
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(member.nodeId()));
        props.put("controller.quorum.voters", member.voters());
        props.put(
                "listeners",
                "PLAINTEXT://localhost:" + member.port() + "," + CONTROLLER_LISTENER + "://localhost:"
                        + member.controllerPort());
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + member.port());
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dataDir.toString());
        props.put("num.partitions", String.valueOf(partitions));
        // A single node creates the topics it is asked for; a cluster has them declared (deploy/kubernetes).
        props.put("auto.create.topics.enable", String.valueOf(member.size() == 1));
        props.put("default.replication.factor", String.valueOf(replicas));
        props.put("min.insync.replicas", inSync);
        props.put("offsets.topic.replication.factor", String.valueOf(replicas));
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", String.valueOf(replicas));
        props.put("transaction.state.log.min.isr", inSync);
        props.put("share.coordinator.state.topic.replication.factor", String.valueOf(replicas));
        props.put("share.coordinator.state.topic.min.isr", inSync);
        // Consumers join at once instead of waiting for more members that will never come.
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    private static void formatIfNew(Path dataDir, Member member) {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(member.nodeId())
                    .setClusterId(member.clusterId() == null ? Uuid.randomUuid().toString() : member.clusterId())
                    .addDirectory(dataDir.toString())
                    .setMetadataLogDirectory(dataDir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + dataDir, e);
        }
    }

    private static void awaitReady(String bootstrap) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) Duration.ofSeconds(30).toMillis());
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka at " + bootstrap + " did not become ready", e);
        }
    }
}
