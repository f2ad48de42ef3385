package kam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * The running platform as bench/run started it (deploy/local/run's ports, its data folder): addresses, an admin
 * token, database connections, and a small blocking client for setting things up.
 */
final class Platform {
    static final String GATEWAY = "http://localhost:8080";
    static final String ACCOUNTS = "http://localhost:8081";
    static final String SCORING = "http://localhost:8082";
    static final String KAFKA = "localhost:9092";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path data;
    final String bearer;
    private final HttpClient http = HttpClient.newHttpClient();

    Platform(Path data) {
        this.data = data;
        Properties tokens = new Properties();
        try (InputStream in = Files.newInputStream(data.resolve("demo-tokens.properties"))) {
            tokens.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("no demo tokens in " + data + ": is the platform running?", e);
        }
        bearer = "Bearer " + tokens.getProperty("kam-admin");
    }

    Connection database(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + name, "postgres", "postgres");
    }

    HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json");
    }

    /** Sends one request for setting up, failing loudly on anything but 2xx. */
    JsonNode call(String method, String url, Object body, String ifMatch) {
        try {
            HttpRequest.Builder request = request(url)
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(
                                            body instanceof String text ? text : JSON.writeValueAsString(body)));
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        method + " " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode post(String url, Object body) {
        return call("POST", url, body, null);
    }
}
