package kam.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Function-level authorization, proven against the committed API document: every operation answers 401 without a
 * token; with each role's token it answers 403 exactly when the document does not list that role, and never 500.
 * The document is the reviewed contract (a drift fails the snapshot test), so the matrix a reader sees there is the
 * one the running service enforces. Path parameters get a random UUID, a number, or the caller's own user id, so an
 * allowed role meets 400, 404 or 409 but never the role check.
 */
public final class AccessMatrix {
    public static final List<String> ROLES =
            List.of("kam-admin", "account-manager", "executive", "mentor", "finance", "viewer");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AccessMatrix() {}

    /** One operation and what it answered for whom, when that was not what the document says. */
    public record Mismatch(String method, String path, String caller, int status, String expected) {}

    /** Fails listing every operation and caller whose answer breaks the documented matrix. */
    public static void assertEnforced(Path document) {
        List<Mismatch> mismatches = check(document);
        if (!mismatches.isEmpty()) {
            StringBuilder message = new StringBuilder("authorization does not match " + document + ":");
            mismatches.forEach(m -> message.append("\n  ")
                    .append(m.method().toUpperCase())
                    .append(' ')
                    .append(m.path())
                    .append(" as ")
                    .append(m.caller())
                    .append(": ")
                    .append(m.status())
                    .append(", expected ")
                    .append(m.expected()));
            throw new AssertionError(message.toString());
        }
    }

    public static List<Mismatch> check(Path document) {
        JsonNode spec;
        try {
            spec = new ObjectMapper().readTree(Files.readString(document));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + document, e);
        }
        String base = ConfigProvider.getConfig().getValue("test.url", String.class);
        List<Mismatch> mismatches = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
        int operations = 0;
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                operations++;
                check(base, path.getKey(), method.getKey(), method.getValue(), mismatches);
            }
        }
        if (operations == 0) {
            throw new IllegalStateException(document + " has no operations");
        }
        return mismatches;
    }

    private static void check(String base, String path, String method, JsonNode operation, List<Mismatch> out) {
        Set<String> allowed = new HashSet<>();
        operation
                .path("security")
                .forEach(requirement -> requirement.path("bearer").forEach(r -> allowed.add(r.asText())));
        boolean secured = operation.has("security");
        int anonymous = call(base, method, url(path, operation, "anonymous"), operation, null);
        if (secured && anonymous != 401) {
            out.add(new Mismatch(method, path, "no token", anonymous, "401"));
        }
        for (String role : ROLES) {
            String user = "sweep-" + role;
            int status = call(base, method, url(path, operation, user), operation, TestTokens.bearer(user, role));
            boolean mayCall = !secured || allowed.contains(role);
            if (status >= 500 || status == 401) {
                out.add(new Mismatch(method, path, role, status, mayCall ? "not 403, 401 or 5xx" : "403"));
            } else if (mayCall == (status == 403)) {
                out.add(new Mismatch(method, path, role, status, mayCall ? "not 403" : "403"));
            }
        }
    }

    /** The path with each parameter filled: a UUID, a number, or the caller's user id. */
    private static String url(String path, JsonNode operation, String user) {
        String filled = path;
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            JsonNode schema = parameter.path("schema");
            String value;
            if ("uuid".equals(schema.path("format").asText())) {
                value = UUID.randomUUID().toString();
            } else if ("integer".equals(schema.path("type").asText())) {
                value = "1";
            } else if (name.toLowerCase().contains("user")) {
                value = user;
            } else {
                value = "x";
            }
            filled = filled.replace("{" + name + "}", value);
        }
        return filled;
    }

    private static int call(String base, String method, String path, JsonNode operation, String bearer) {
        JsonNode content = operation.path("requestBody").path("content");
        String type = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        HttpRequest.BodyPublisher body = type == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(type.contains("json") ? "{}" : "");
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).method(method.toUpperCase(), body);
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path, e);
        }
    }
}
