package kam.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import kam.platform.infra.FreePorts;
import kam.platform.infra.KafkaNodeLauncher;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Utils;

/**
 * Kafka as production runs it: three KRaft nodes, each controller and broker (deploy/kubernetes' KafkaNodePool),
 * each a process of its own ({@link KafkaNodeLauncher}) so that one can be killed while the others run, and the
 * topics deploy/kubernetes declares, with their partitions, replicas and min.insync.replicas. Nodes keep their data
 * under the platform's folder, so a killed node comes back with its log.
 */
final class KafkaCluster implements AutoCloseable {
    /** Nodes of the cluster (three, as deploy/kubernetes runs; one replica of every topic when set to 1). */
    static final int NODES = Integer.getInteger("kam.system.kafka-nodes", 3);

    static final int NO_LEADER = -1;

    private static final Path TOPICS = Path.of("../deploy/kubernetes/base/kafka.yaml");

    private final Path data;
    private final Processes processes;
    private final String clusterId = Uuid.randomUuid().toString();
    private final Map<Integer, Integer> ports = new LinkedHashMap<>();
    private final Map<Integer, Integer> controllerPorts = new LinkedHashMap<>();

    KafkaCluster(Path data) {
        this.data = data;
        this.processes = new Processes(data);
        IntStream.rangeClosed(1, NODES).forEach(node -> {
            ports.put(node, FreePorts.pick());
            controllerPorts.put(node, FreePorts.pick());
        });
    }

    /** Starts every node (they form their quorum together), then declares the topics. */
    void start() {
        startNodes(nodes());
        createTopics();
    }

    List<Integer> nodes() {
        return new ArrayList<>(ports.keySet());
    }

    String bootstrapServers() {
        return String.join(
                ",", ports.values().stream().map(port -> "localhost:" + port).toList());
    }

    /** Starts nodes that were stopped or killed, and waits until each serves again. */
    void startNodes(List<Integer> nodes) {
        String voters = String.join(
                ",",
                controllerPorts.entrySet().stream()
                        .map(e -> e.getKey() + "@localhost:" + e.getValue())
                        .toList());
        Map<Integer, Long> logBefore = new HashMap<>();
        for (int node : nodes) {
            logBefore.put(node, logLength(node));
            processes.start(
                    name(node),
                    List.of(
                            Processes.java(),
                            "-Xmx384m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            KafkaNodeLauncher.class.getName()),
                    Map.of(
                            "KAM_KAFKA_NODE_ID", Integer.toString(node),
                            "KAM_KAFKA_PORT", Integer.toString(ports.get(node)),
                            "KAM_KAFKA_CONTROLLER_PORT", Integer.toString(controllerPorts.get(node)),
                            "KAM_KAFKA_VOTERS", voters,
                            "KAM_KAFKA_CLUSTER_ID", clusterId,
                            "KAM_KAFKA_DATA_DIR", data.resolve(name(node)).toString()));
        }
        nodes.forEach(node -> awaitReady(node, logBefore.get(node)));
    }

    /** Kills nodes with SIGKILL, as a lost machine: no controlled shutdown, leadership moves on the session timeout. */
    void kill(List<Integer> nodes) {
        processes.kill(nodes.stream().map(KafkaCluster::name).toList());
    }

    /** Stops nodes with SIGTERM: each hands its partitions' leadership over before it exits. */
    void stop(List<Integer> nodes) {
        processes.stop(nodes.stream().map(KafkaCluster::name).toList());
    }

    /**
     * The node leading the partition a record of this key goes to (the producer's default partitioner), or
     * {@link #NO_LEADER} while none does.
     */
    int leaderOf(String topic, String key) {
        try (Admin admin = admin()) {
            var description =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            int partition = Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8)))
                    % description.partitions().size();
            Node leader = description.partitions().stream()
                    .filter(p -> p.partition() == partition)
                    .findFirst()
                    .orElseThrow()
                    .leader();
            return leader == null || leader.isEmpty() ? NO_LEADER : leader.id();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every topic deploy/kubernetes declares, with its partitions, replicas and config (at most one replica a node). */
    private void createTopics() {
        List<NewTopic> topics = new ArrayList<>();
        for (JsonNode declared : declaredTopics()) {
            Map<String, String> config = new HashMap<>();
            declared.at("/spec/config")
                    .fields()
                    .forEachRemaining(e -> config.put(
                            e.getKey(),
                            e.getKey().equals("min.insync.replicas")
                                    ? Integer.toString(
                                            Math.min(NODES, e.getValue().asInt()))
                                    : e.getValue().asText()));
            topics.add(new NewTopic(
                            declared.at("/metadata/name").asText(),
                            declared.at("/spec/partitions").asInt(),
                            (short) Math.min(
                                    NODES, declared.at("/spec/replicas").asInt()))
                    .configs(config));
        }
        try (Admin admin = admin()) {
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the declared topics", e);
        }
    }

    private static List<JsonNode> declaredTopics() {
        try (MappingIterator<JsonNode> documents =
                new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class).readValues(Files.readString(TOPICS))) {
            return documents.readAll().stream()
                    .filter(document ->
                            "KafkaTopic".equals(document.path("kind").asText()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the node's ready line among what its log gained since it was started. */
    private void awaitReady(int node, long logBefore) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Path log = processes.log(name(node));
        while (System.nanoTime() < deadline) {
            if (!processes.alive(name(node))) {
                throw new IllegalStateException(name(node) + " exited; see " + log);
            }
            try {
                String since =
                        Files.readString(log, StandardCharsets.ISO_8859_1).substring((int) logBefore);
                if (since.contains(KafkaNodeLauncher.READY + " " + node + " ")) {
                    return;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SystemPlatform.sleep(200);
        }
        throw new IllegalStateException(name(node) + " not ready in 120 s; see " + log);
    }

    private long logLength(int node) {
        try {
            Path log = processes.log(name(node));
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) Duration.ofSeconds(30).toMillis()));
    }

    private static String name(int node) {
        return "kafka-" + node;
    }

    @Override
    public void close() {
        processes.close();
    }
}
