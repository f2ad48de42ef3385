package kam.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * S7: a second instance of a service started beside the running platform (same PostgreSQL, Kafka and keys, a port
 * of its own): the time from starting the JVM to its first answered API request, and its memory right after it.
 */
final class Startup {
    record Measured(double firstAnswerSeconds, double rssMegabytes) {}

    private static final Map<String, String> DATABASES = Map.of(
            "account-service", "accounts",
            "scoring-service", "scoring",
            "planning-service", "planning",
            "review-service", "reviews");
    private static final Map<String, String> FIRST_REQUEST = Map.of(
            "account-service", "/api/v1/accounts?limit=1",
            "scoring-service", "/api/v1/portfolio?limit=1",
            "planning-service", "/api/v1/plans?limit=1",
            "review-service", "/api/v1/reviews?limit=1",
            "gateway", "/api/v1/accounts?limit=1");

    private Startup() {}

    static Measured of(Platform platform, Path root, String module) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        root.resolve(module + "/target/quarkus-app/quarkus-run.jar")
                                .toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        platform.data.resolve("logs/bench-" + module + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // Its own management port too: the running instance holds the configured one.
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(freePort()));
        env.put("KAM_KAFKA_BOOTSTRAP", Platform.KAFKA);
        env.put("KAM_JWT_ISSUER", "https://kam.local/issuer");
        env.put(
                "KAM_JWT_PUBLIC_KEY_LOCATION",
                "file:" + platform.data.resolve("jwt/publicKey.pem").toAbsolutePath());
        if (DATABASES.containsKey(module)) {
            env.put("KAM_DB_URL", "jdbc:postgresql://localhost:5432/" + DATABASES.get(module));
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest first = HttpRequest.newBuilder(URI.create("http://localhost:" + port + FIRST_REQUEST.get(module)))
                .header("Authorization", platform.bearer)
                .timeout(Duration.ofSeconds(5))
                .build();
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            while (System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
                try {
                    if (http.send(first, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        double seconds = (System.nanoTime() - start) / 1e9;
                        return new Measured(seconds, Processes.rssMegabytes(process.pid()));
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException(module + " did not answer in 60 s");
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** The same JVM options as the platform's own instance of the module (deploy/local/run's KAM_JAVA_OPTS). */
    private static List<String> jvmOptionsOfTheRunningInstance(String module) {
        List<String> options = new ArrayList<>();
        Processes.of(module).flatMap(p -> p.info().arguments()).ifPresent(arguments -> {
            for (String argument : arguments) {
                if (argument.equals("-jar")) {
                    break;
                }
                options.add(argument);
            }
        });
        return options;
    }

    /** The JVM's own floor: starting and stopping java -version. */
    static double jvmSeconds() throws Exception {
        long start = System.nanoTime();
        new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
        return (System.nanoTime() - start) / 1e9;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
