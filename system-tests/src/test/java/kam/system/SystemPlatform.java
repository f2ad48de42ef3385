package kam.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kam.platform.infra.DemoIdentity;
import kam.platform.infra.Directories;
import kam.platform.infra.FreePorts;
import kam.platform.infra.PostgresServer;

/**
 * The platform as it runs for real: real PostgreSQL (platform/infra, in this JVM so that the tests can stop and start
 * it), a cluster of three Kafka nodes ({@link KafkaCluster}), and the packaged services and gateway as separate
 * processes on free ports. Everything keeps its
 * data under target/system-platform, so a stopped part comes back with what it had. {@link #close} stops it all.
 */
final class SystemPlatform implements AutoCloseable {
    static final List<String> SERVICES =
            List.of("account-service", "scoring-service", "planning-service", "review-service");
    private static final Map<String, String> DATABASES = Map.of(
            "account-service",
            "accounts",
            "scoring-service",
            "scoring",
            "planning-service",
            "planning",
            "review-service",
            "reviews");
    static final List<String> DATABASE_NAMES =
            SERVICES.stream().map(DATABASES::get).toList();
    /** Replicas of each service, as the production overlay runs them: both share the database and consumer group. */
    static final int REPLICAS = Integer.getInteger("kam.system.replicas", 2);

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final Path data = ROOT.resolve("system-tests/target/system-platform");
    private final int postgresPort = FreePorts.pick();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    /** The module each process runs: a replica's name is its service's with its number, account-service-2. */
    private final Map<String, String> modules = new LinkedHashMap<>();

    private final HttpClient http = HttpClient.newHttpClient();
    private final DemoIdentity identity;
    private final Processes processes = new Processes(data);
    private final KafkaCluster kafka;
    private PostgresServer postgres;

    SystemPlatform() {
        Directories.deleteRecursively(data);
        identity = DemoIdentity.in(data.resolve("jwt"));
        startPostgres();
        SERVICES.forEach(service -> postgres.createDatabase(DATABASES.get(service)));
        kafka = new KafkaCluster(data);
        try {
            start();
        } catch (RuntimeException e) {
            // A part that did not start leaves none of the others running.
            close();
            throw e;
        }
    }

    private void start() {
        kafka.start();
        for (String service : SERVICES) {
            for (int replica = 1; replica <= REPLICAS; replica++) {
                modules.put(service + "-" + replica, service);
            }
        }
        modules.put("gateway", "gateway");
        modules.keySet().forEach(name -> {
            ports.put(name, FreePorts.pick());
            managementPorts.put(name, FreePorts.pick());
        });
        modules.keySet().forEach(name -> startProcess(name, Map.of()));
        modules.keySet().forEach(this::awaitReady);
    }

    /** The replicas of a service, or the one process a replica's or the gateway's name names. */
    List<String> replicas(String name) {
        if (modules.containsKey(name)) {
            return List.of(name);
        }
        List<String> replicas = modules.entrySet().stream()
                .filter(e -> e.getValue().equals(name))
                .map(Map.Entry::getKey)
                .toList();
        if (replicas.isEmpty()) {
            throw new IllegalArgumentException("no process " + name);
        }
        return replicas;
    }

    String gateway() {
        return "http://localhost:" + ports.get("gateway");
    }

    /** A service's own address, past the gateway: its first replica's, or the replica's named. */
    String service(String name) {
        return "http://localhost:" + ports.get(replicas(name).get(0));
    }

    /** A process's management address (health, metrics, its API document), which the public port does not serve. */
    String management(String name) {
        return "http://localhost:" + managementPorts.get(replicas(name).get(0));
    }

    /**
     * Stops a service's replicas, or one process, in their tracks with SIGSTOP, as a long GC pause or a frozen node
     * would: they keep their sockets.
     */
    void pause(String name) {
        signal(name, "STOP");
    }

    /** Lets a paused process go on with SIGCONT. */
    void resume(String name) {
        signal(name, "CONT");
    }

    /** Signals every replica of a service, or the one process named. */
    private void signal(String name, String signal) {
        replicas(name).forEach(replica -> processes.signal(replica, signal));
    }

    /** A service's committed OpenAPI document, the reviewed contract. */
    JsonNode openApi(String service) {
        try {
            return new ObjectMapper()
                    .readTree(ROOT.resolve(service + "/openapi/" + service + ".json")
                            .toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The Kafka nodes, to kill or stop some of them. */
    KafkaCluster kafka() {
        return kafka;
    }

    /** A bearer token from the platform's issuer for a user holding roles. */
    String bearer(String user, String... roles) {
        return "Bearer " + identity.token(user, roles);
    }

    void startPostgres() {
        postgres = PostgresServer.start(new PostgresServer.Options(postgresPort, data.resolve("postgres"), true));
    }

    void stopPostgres() {
        postgres.close();
    }

    /** Starts every Kafka node again after {@link #stopKafka}. */
    void startKafka() {
        kafka.startNodes(kafka.nodes());
    }

    /** Stops every Kafka node (SIGTERM). */
    void stopKafka() {
        kafka.stop(kafka.nodes());
    }

    String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** Kills a service's replicas, one replica or the gateway with SIGKILL, as a lost node would. */
    void kill(String name) {
        processes.kill(replicas(name));
    }

    /** Stops a service's replicas, one replica or the gateway with SIGTERM, as an orchestrator would. */
    void stop(String name) {
        processes.stop(replicas(name));
    }

    /** Starts what {@link #stop} stopped, with extra environment (for example KAM_CLOCK_OFFSET), and waits for it. */
    void start(String name, Map<String, String> environment) {
        List<String> started = replicas(name);
        started.forEach(replica -> startProcess(replica, environment));
        started.forEach(this::awaitReady);
    }

    /**
     * Restarts these replicas together (SIGTERM, start, then wait for each), as an orchestrator rolls several
     * Deployments at once, each one replica at a time.
     */
    void restart(List<String> names) {
        processes.stop(names);
        names.forEach(name -> startProcess(name, Map.of()));
        names.forEach(this::awaitReady);
    }

    private void startProcess(String name, Map<String, String> environment) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(name)));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPorts.get(name)));
        env.put("KAM_KAFKA_BOOTSTRAP", bootstrapServers());
        env.put("KAM_JWT_ISSUER", DemoIdentity.ISSUER);
        env.put("KAM_JWT_PUBLIC_KEY_LOCATION", "file:" + identity.publicKey());
        // A stopping process reports unready for 2 s before it stops taking requests, then drains: longer than the
        // gateway takes to see it (its watch every 500 ms), so a rolling restart fails no request.
        env.put("KAM_SHUTDOWN_DELAY", "2s");
        String module = modules.get(name);
        if (DATABASES.containsKey(module)) {
            // The replica's name on its connections, so that a test can tell which replica holds the relay's lock.
            env.put(
                    "KAM_DB_URL",
                    "jdbc:postgresql://localhost:" + postgresPort + "/" + DATABASES.get(module) + "?ApplicationName="
                            + name);
        } else {
            DATABASES.keySet().forEach(service -> {
                String backend =
                        "KAM_" + service.substring(0, service.indexOf('-')).toUpperCase(Locale.ROOT);
                env.put(backend + "_URLS", addresses(service, ports));
                env.put(backend + "_MANAGEMENT_URLS", addresses(service, managementPorts));
            });
            // The production default: on two cores, a cold service's first concurrent writes to one account (which
            // queue on that account's lock) once took over 5 s, and the gateway answered 504 for a write that went on.
            env.put("KAM_GATEWAY_TIMEOUT", "10s");
            env.put("KAM_GATEWAY_WATCH_EVERY", "500ms");
        }
        // Overdue and missed checks run at start and hourly; the tests restart a service to run them.
        List<String> command = new ArrayList<>(List.of(Processes.java(), "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        if (DATABASES.containsKey(module)) {
            // Traced as in the local run (deploy/otel), the spans kept in the process: the tests read a trace from the
            // records' headers and the log lines, where the services' writes to the outbox and handled events are.
            command.add("-javaagent:" + ROOT.resolve("platform/infra/target/otel/opentelemetry-javaagent.jar"));
            env.put(
                    "OTEL_JAVAAGENT_CONFIGURATION_FILE",
                    ROOT.resolve("deploy/otel/agent.properties").toString());
            env.put("OTEL_SERVICE_NAME", module);
            env.put("QUARKUS_LOG_CATEGORY__KAM_PLATFORM_MESSAGING__LEVEL", "DEBUG");
        }
        env.putAll(environment);
        command.addAll(List.of(
                "-jar",
                ROOT.resolve(module + "/target/quarkus-app/quarkus-run.jar").toString()));
        processes.start(name, command, env);
    }

    /** Every replica's address on one of its ports, comma-separated, as the gateway takes a backend's. */
    private String addresses(String service, Map<String, Integer> byReplica) {
        return String.join(
                ",",
                replicas(service).stream()
                        .map(replica -> "http://localhost:" + byReplica.get(replica))
                        .toList());
    }

    private void awaitReady(String name) {
        URI ready = URI.create(management(name) + "/q/health/live");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!processes.alive(name)) {
                throw new IllegalStateException(name + " exited; see " + data.resolve(name + ".log"));
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(ready)
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready in 120 s; see " + data.resolve(name + ".log"));
    }

    /** Stops the services and the gateway, then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        processes.close();
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
