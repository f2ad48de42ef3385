package kam.platform.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the real PostgreSQL and Kafka of the local platform until the process is stopped (Ctrl-C or SIGTERM).
 *
 * <p>Settings come from the environment: {@code KAM_DATA_DIR} (default {@code .kam}), {@code KAM_PG_PORT} (5432),
 * {@code KAM_KAFKA_PORT} (9092), {@code KAM_DATABASES} (the services' databases, comma-separated). It also keeps a
 * demo signing key under {@code jwt/} and writes a token per role to {@code demo-tokens.properties}.
 */
public final class InfraLauncher {
    private static final List<String> DEFAULT_DATABASES = List.of("accounts", "scoring", "planning", "reviews");

    private InfraLauncher() {}

    public static void main(String[] args) throws InterruptedException, IOException {
        Path dataDir = Paths.get(env("KAM_DATA_DIR", ".kam")).toAbsolutePath();
        int pgPort = Integer.parseInt(env("KAM_PG_PORT", "5432"));
        int kafkaPort = Integer.parseInt(env("KAM_KAFKA_PORT", "9092"));
        List<String> databases = System.getenv("KAM_DATABASES") == null
                ? DEFAULT_DATABASES
                : List.of(System.getenv("KAM_DATABASES").split(","));

        long started = System.nanoTime();
        PostgresServer postgres =
                PostgresServer.start(new PostgresServer.Options(pgPort, dataDir.resolve("postgres"), true));
        databases.forEach(postgres::createDatabase);
        long postgresReady = System.nanoTime();
        KafkaBroker kafka = KafkaBroker.start(new KafkaBroker.Options(kafkaPort, dataDir.resolve("kafka"), 3));
        long kafkaReady = System.nanoTime();

        CountDownLatch stopped = new CountDownLatch(1);
        // Stop in reverse order of start: the broker first, then the database; zonky's own hook would not run on kill.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
            stopped.countDown();
        }));
        System.out.printf(
                "PostgreSQL  jdbc:postgresql://localhost:%d/{%s}  user %s  (ready in %d ms)%n",
                postgres.port(),
                String.join(",", databases),
                PostgresServer.USER,
                (postgresReady - started) / 1_000_000);
        System.out.printf(
                "Kafka       %s  (ready in %d ms)%n",
                kafka.bootstrapServers(), (kafkaReady - postgresReady) / 1_000_000);
        DemoIdentity identity = DemoIdentity.in(dataDir.resolve("jwt"));
        StringBuilder tokens = new StringBuilder();
        identity.tokensPerRole()
                .forEach((role, token) ->
                        tokens.append(role).append('=').append(token).append('\n'));
        Files.writeString(dataDir.resolve("demo-tokens.properties"), tokens);
        System.out.println("JWT issuer  " + DemoIdentity.ISSUER + ", public key " + identity.publicKey());
        System.out.println("Data in " + dataDir + ". Ctrl-C stops both.");
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
