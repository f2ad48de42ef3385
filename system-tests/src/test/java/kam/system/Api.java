package kam.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import kam.platform.testing.ApiAnswers;

/**
 * A client of the platform's public API, as another internal system would be: JSON over HTTP through the gateway.
 * Every answer is held to the gateway's merged API document (platform/testing's {@link ApiAnswers}), as a validating
 * client would hold it: a mismatch fails the step that received it.
 */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiAnswers DOCUMENT = ApiAnswers.of(Path.of("..", "gateway", "openapi", "kam-platform.json"));
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        String etag() {
            return raw.headers().firstValue("ETag").orElseThrow();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Api(String base) {
        this.base = base;
    }

    Answer get(String path, String bearer) {
        return send("GET", path, bearer, null, null, null);
    }

    Answer post(String path, String bearer, Object body) {
        return send("POST", path, bearer, body, "application/json", null);
    }

    Answer send(String method, String path, String bearer, Object body, String type, String ifMatch) {
        return send(method, path, bearer, body, type, ifMatch, Map.of());
    }

    /** As {@link #send}, with more request headers (Prefer, for example). */
    Answer send(
            String method,
            String path,
            String bearer,
            Object body,
            String type,
            String ifMatch,
            Map<String, String> headers) {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            method,
                            text == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(text));
            if (bearer != null) {
                request.header("Authorization", bearer);
            }
            if (type != null) {
                request.header("Content-Type", type);
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            DOCUMENT.assertMatches(
                    method,
                    URI.create(base + path),
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.body().getBytes(StandardCharsets.UTF_8));
            JsonNode json = response.body().isBlank()
                            || response.body().charAt(0) != '{'
                                    && response.body().charAt(0) != '['
                    ? JSON.createObjectNode()
                    : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
