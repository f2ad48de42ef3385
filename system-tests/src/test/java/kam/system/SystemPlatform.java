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
import kam.platform.infra.KafkaBroker;
import kam.platform.infra.PostgresServer;

/**
 * The platform as it runs for real: real PostgreSQL and Kafka (platform/infra, in this JVM so that the tests can stop
 * and start them), and the packaged services and gateway as separate processes on free ports. Everything keeps its
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
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final Path data = ROOT.resolve("system-tests/target/system-platform");
    private final int postgresPort = FreePorts.pick();
    private final int kafkaPort = FreePorts.pick();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final DemoIdentity identity;
    private PostgresServer postgres;
    private KafkaBroker kafka;

    SystemPlatform() {
        Directories.deleteRecursively(data);
        identity = DemoIdentity.in(data.resolve("jwt"));
        startPostgres();
        SERVICES.forEach(service -> postgres.createDatabase(DATABASES.get(service)));
        startKafka();
        for (String service : SERVICES) {
            ports.put(service, FreePorts.pick());
            managementPorts.put(service, FreePorts.pick());
        }
        ports.put("gateway", FreePorts.pick());
        managementPorts.put("gateway", FreePorts.pick());
        ports.keySet().forEach(name -> startProcess(name, Map.of()));
        ports.keySet().forEach(this::awaitReady);
    }

    String gateway() {
        return "http://localhost:" + ports.get("gateway");
    }

    /** A service's own address, past the gateway. */
    String service(String name) {
        return "http://localhost:" + ports.get(name);
    }

    /** A process's management address (health, metrics, its API document), which the public port does not serve. */
    String management(String name) {
        return "http://localhost:" + managementPorts.get(name);
    }

    /** Stops a process in its tracks with SIGSTOP, as a long GC pause or a frozen node would: it keeps its sockets. */
    void pause(String name) {
        signal(name, "STOP");
    }

    /** Lets a paused process go on with SIGCONT. */
    void resume(String name) {
        signal(name, "CONT");
    }

    private void signal(String name, String signal) {
        try {
            Process kill = new ProcessBuilder(
                            "kill",
                            "-" + signal,
                            Long.toString(processes.get(name).pid()))
                    .inheritIO()
                    .start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + name + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        return "localhost:" + kafkaPort;
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

    void startKafka() {
        kafka = KafkaBroker.start(new KafkaBroker.Options(kafkaPort, data.resolve("kafka"), 3));
    }

    void stopKafka() {
        kafka.close();
    }

    String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** Kills a service or the gateway with SIGKILL, as the kernel's OOM killer or a lost node would: no shutdown. */
    void kill(String name) {
        Process process = processes.remove(name);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops a service or the gateway the way an orchestrator would: SIGTERM, then waits. */
    void stop(String name) {
        Process process = processes.remove(name);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a stopped service again, with extra environment (for example KAM_CLOCK_OFFSET), and waits for it. */
    void start(String name, Map<String, String> environment) {
        startProcess(name, environment);
        awaitReady(name);
    }

    private void startProcess(String name, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(
                        javaExecutable(),
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        ROOT.resolve(name + "/target/quarkus-app/quarkus-run.jar")
                                .toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        data.resolve(name + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(name)));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPorts.get(name)));
        env.put("KAM_KAFKA_BOOTSTRAP", bootstrapServers());
        env.put("KAM_JWT_ISSUER", DemoIdentity.ISSUER);
        env.put("KAM_JWT_PUBLIC_KEY_LOCATION", "file:" + identity.publicKey());
        if (DATABASES.containsKey(name)) {
            env.put("KAM_DB_URL", "jdbc:postgresql://localhost:" + postgresPort + "/" + DATABASES.get(name));
        } else {
            DATABASES.keySet().forEach(service -> {
                String backend =
                        "KAM_" + service.substring(0, service.indexOf('-')).toUpperCase(Locale.ROOT);
                env.put(backend + "_URLS", service(service));
                env.put(backend + "_MANAGEMENT_URLS", management(service));
            });
            env.put("KAM_GATEWAY_TIMEOUT", "5s");
        }
        // Overdue and missed checks run at start and hourly; the tests restart a service to run them.
        env.putAll(environment);
        try {
            processes.put(name, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    private void awaitReady(String name) {
        URI ready = URI.create(management(name) + "/q/health/live");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!processes.get(name).isAlive()) {
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

    @Override
    public void close() {
        List<String> names = new ArrayList<>(processes.keySet());
        names.forEach(name -> processes.get(name).destroy());
        for (String name : names) {
            try {
                if (!processes.get(name).waitFor(30, TimeUnit.SECONDS)) {
                    processes.get(name).destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
