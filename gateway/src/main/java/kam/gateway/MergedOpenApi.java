package kam.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * One API document for the platform at {@code /openapi.json}, merged from each backend's {@code /q/openapi} (its management port, from the first replica that answers): all
 * paths, all components (a schema name two services use differently is prefixed with the service's name, and its
 * references follow), tags, and one bearer security scheme. Swagger UI at {@code /q/swagger-ui} shows it. A backend
 * that is down leaves its part out (named in {@code x-kam-missing}) rather than failing the document.
 */
@ApplicationScoped
public class MergedOpenApi {
    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final Duration KEEP = Duration.ofSeconds(30);

    private final Backends backends;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(LIMIT).build();
    private volatile Cached cached;

    private record Cached(String document, long madeAtNanos) {}

    public MergedOpenApi(Backends backends, ObjectMapper json, Vertx vertx) {
        this.backends = backends;
        this.json = json;
        this.vertx = vertx;
    }

    void route(@Observes Router router) {
        router.get("/openapi.json").handler(this::serve);
    }

    private void serve(RoutingContext context) {
        Cached current = cached;
        if (current != null && System.nanoTime() - current.madeAtNanos() < KEEP.toNanos()) {
            send(context, current.document());
            return;
        }
        vertx.executeBlocking(this::merge, false).onComplete(result -> {
            if (result.succeeded()) {
                cached = new Cached(result.result(), System.nanoTime());
                send(context, result.result());
            } else {
                context.fail(result.cause());
            }
        });
    }

    private static void send(RoutingContext context, String document) {
        context.response().putHeader("Content-Type", "application/json").end(document);
    }

    /** Fetches every backend's document and merges them; package-visible for tests of the merge itself. */
    String merge() throws IOException {
        Map<String, JsonNode> documents = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (Backend backend : backends.all()) {
            JsonNode document = fetch(backend);
            if (document == null) {
                missing.add(backend.name());
            } else {
                documents.put(backend.name(), document);
            }
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(merge(documents, missing));
    }

    ObjectNode merge(Map<String, JsonNode> documents, List<String> missing) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info")
                .put("title", "KAM platform")
                .put("version", "1")
                .put(
                        "description",
                        "Every service of the key account management platform behind one address. Send a bearer"
                                + " token (JWT) whose groups claim holds the caller's roles.");
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ArrayNode tags = merged.putArray("tags");
        for (Map.Entry<String, JsonNode> entry : documents.entrySet()) {
            JsonNode document = renameClashes(entry.getKey(), entry.getValue(), components);
            document.path("paths").fields().forEachRemaining(path -> paths.set(path.getKey(), path.getValue()));
            Iterator<Map.Entry<String, JsonNode>> kinds =
                    document.path("components").fields();
            while (kinds.hasNext()) {
                Map.Entry<String, JsonNode> kind = kinds.next();
                if (kind.getKey().equals("securitySchemes")) {
                    continue;
                }
                ObjectNode target = components.has(kind.getKey())
                        ? (ObjectNode) components.get(kind.getKey())
                        : components.putObject(kind.getKey());
                kind.getValue().fields().forEachRemaining(c -> target.set(c.getKey(), c.getValue()));
            }
            // A tag two services share (Bulk data) is listed once: OpenAPI wants tag names unique.
            document.path("tags").forEach(tag -> {
                if (tags.findValuesAsText("name").stream()
                        .noneMatch(tag.path("name").asText()::equals)) {
                    tags.add(tag);
                }
            });
        }
        components
                .putObject("securitySchemes")
                .putObject("bearer")
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put("description", "A token from the platform's issuer; the groups claim holds the roles.");
        addGatewayAnswers(paths, components);
        if (!missing.isEmpty()) {
            ArrayNode names = merged.putArray("x-kam-missing");
            missing.forEach(names::add);
        }
        return merged;
    }

    /**
     * What the gateway itself may answer on every operation besides the service's answers: 429 over the client's
     * rate, 504 when the service stayed silent past the timeout; and 503 also when the service cannot be reached or
     * its circuit is open.
     */
    private void addGatewayAnswers(ObjectNode paths, ObjectNode components) {
        ObjectNode responses = components.has("responses")
                ? (ObjectNode) components.get("responses")
                : components.putObject("responses");
        responses.set(
                "Problem429",
                gatewayProblem(
                        429,
                        "Too Many Requests",
                        "The client is over its rate at the gateway; try again after Retry-After seconds.",
                        true));
        responses.set(
                "Problem503",
                gatewayProblem(
                        503,
                        "Service Unavailable",
                        "The service, or a store it needs, is unreachable or failing; try again after Retry-After seconds.",
                        true));
        responses.set(
                "Problem504",
                gatewayProblem(
                        504,
                        "Gateway Timeout",
                        "The service did not answer within the gateway's timeout; a read may be tried again.",
                        false));
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode answers = operation.getValue().get("responses");
            if (answers instanceof ObjectNode byStatus) {
                for (String status : List.of("429", "503", "504")) {
                    if (!byStatus.has(status)) {
                        byStatus.putObject(status).put("$ref", "#/components/responses/Problem" + status);
                    }
                }
            }
        }));
    }

    private ObjectNode gatewayProblem(int status, String title, String description, boolean retryAfter) {
        ObjectNode response = json.createObjectNode().put("description", description);
        if (retryAfter) {
            response.putObject("headers").putObject("Retry-After").put("$ref", "#/components/headers/Retry-After");
        }
        ObjectNode media = response.putObject("content").putObject("application/problem+json");
        media.putObject("schema").put("$ref", "#/components/schemas/Problem");
        media.putObject("example")
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", description)
                .put("instance", "/api/v1/accounts");
        return response;
    }

    /** A schema name already merged with another shape becomes {@code service.Name} in this document. */
    private static JsonNode renameClashes(String service, JsonNode original, ObjectNode merged) {
        JsonNode known = merged.path("schemas");
        Map<String, String> renames = new TreeMap<>();
        original.path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (known.has(schema.getKey()) && !known.get(schema.getKey()).equals(schema.getValue())) {
                renames.put("#/components/schemas/" + schema.getKey(), service + "." + schema.getKey());
            }
        });
        if (renames.isEmpty()) {
            return original;
        }
        JsonNode document = original.deepCopy();
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        renames.forEach((ref, name) -> {
            String old = ref.substring(ref.lastIndexOf('/') + 1);
            schemas.set(name, schemas.remove(old));
        });
        rewriteRefs(document, renames);
        return document;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                object.put("$ref", "#/components/schemas/" + renames.get(ref.asText()));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }

    /** The document of the first replica that gives one, or null when none does. */
    private JsonNode fetch(Backend backend) {
        for (Replica replica : backend.replicas()) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(replica.managementUrl().resolve("/q/openapi?format=json"))
                                .timeout(LIMIT)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IOException("status " + response.statusCode());
                }
                return json.readTree(response.body());
            } catch (IOException | RuntimeException e) {
                LOG.warnf(
                        "the API document of %s is not available at %s: %s",
                        backend.name(), replica.managementUrl(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
