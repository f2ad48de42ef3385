package kam.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;

/**
 * The real PostgreSQL and Kafka a service's tests run against, started once per test JVM and stopped when it exits.
 *
 * <p>Containers are used where a Docker engine answers, the embedded servers of platform/infra elsewhere; the system
 * property {@value #MODE_PROPERTY} ({@code embedded} or {@code containers}) forces either. Use it with {@code
 * @WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)}.
 */
public class KamTestInfrastructure implements QuarkusTestResourceLifecycleManager {
    public static final String MODE_PROPERTY = "kam.test.infra";
    private static final String DATABASE = "kam_test";
    private static final Logger LOG = Logger.getLogger(KamTestInfrastructure.class);

    private static TestServers servers;

    @Override
    public Map<String, String> start() {
        TestServers running = servers();
        return Map.of(
                "quarkus.datasource.jdbc.url", running.jdbcUrl(),
                "quarkus.datasource.username", running.username(),
                "quarkus.datasource.password", running.password(),
                "kafka.bootstrap.servers", running.kafkaBootstrapServers(),
                "mp.jwt.verify.publickey.location", TestTokens.PUBLIC_KEY_LOCATION,
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // The servers outlive a Quarkus restart between test profiles; the JVM's shutdown hook stops them.
    }

    /** The servers of this JVM, started on first use. */
    public static synchronized String kafkaBootstrapServers() {
        return servers().kafkaBootstrapServers();
    }

    private static synchronized TestServers servers() {
        if (servers == null) {
            long started = System.nanoTime();
            boolean containers = useContainers();
            servers = containers ? new ContainerServers(DATABASE) : new EmbeddedServers(DATABASE);
            TestServers toStop = servers;
            Runtime.getRuntime().addShutdownHook(new Thread(toStop::close, "kam-test-infrastructure-stop"));
            LOG.infof(
                    "%s PostgreSQL and Kafka ready in %d ms",
                    containers ? "Container" : "Embedded", (System.nanoTime() - started) / 1_000_000);
        }
        return servers;
    }

    private static boolean useContainers() {
        String mode = System.getProperty(MODE_PROPERTY, "auto").toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "embedded" -> false;
            case "containers" -> true;
            case "auto" -> dockerAvailable();
            default ->
                throw new IllegalArgumentException(
                        MODE_PROPERTY + " must be embedded, containers or auto, not " + mode);
        };
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
