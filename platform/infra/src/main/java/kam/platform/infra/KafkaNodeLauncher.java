package kam.platform.infra;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one node of a Kafka cluster in a process of its own until it is stopped, so that a test can kill one broker
 * with SIGKILL as a lost machine would, and leave the others running. The system tests start three.
 *
 * <p>Settings come from the environment: {@code KAM_KAFKA_NODE_ID}, {@code KAM_KAFKA_PORT} (its client port),
 * {@code KAM_KAFKA_CONTROLLER_PORT}, {@code KAM_KAFKA_VOTERS} (every node's {@code id@host:controllerPort}),
 * {@code KAM_KAFKA_CLUSTER_ID} (the same for every node), {@code KAM_KAFKA_DATA_DIR}. SIGTERM shuts the node down in
 * order: its partitions' leadership moves to the others first.
 */
public final class KafkaNodeLauncher {
    /** The line printed once the node has joined its cluster and serves clients. */
    public static final String READY = "Kafka node ready";

    private KafkaNodeLauncher() {}

    public static void main(String[] args) throws InterruptedException {
        String voters = required("KAM_KAFKA_VOTERS");
        KafkaBroker.Member member = new KafkaBroker.Member(
                Integer.parseInt(required("KAM_KAFKA_NODE_ID")),
                Integer.parseInt(required("KAM_KAFKA_PORT")),
                Integer.parseInt(required("KAM_KAFKA_CONTROLLER_PORT")),
                voters,
                required("KAM_KAFKA_CLUSTER_ID"),
                voters.split(",").length);
        KafkaBroker node = KafkaBroker.join(member, Path.of(required("KAM_KAFKA_DATA_DIR")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }));
        System.out.println(READY + " " + member.nodeId() + " at " + node.bootstrapServers());
        stopped.await();
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        return value;
    }
}
