package kam.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Holds every answer a test receives to the committed OpenAPI document, as a consumer's validating client would: the
 * operation must be documented, the status documented for it, the content type documented for that status, and a
 * JSON body valid against its schema (JSON Schema 2020-12 with the OpenAPI 3.1 dialect, by networknt's
 * json-schema-validator). A mismatch fails the call with an {@link AssertionError} naming each violation.
 *
 * <p>Paths outside the document's {@code /api/} (health, metrics, the document itself) are not held to it; a 404 or
 * 405 for a path or method the document does not have must still be problem+json.
 */
public final class ApiAnswers implements OrderedFilter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012, builder -> builder.metaSchema(OpenApi31.getInstance())
                    .defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final JsonNode document;
    private final String source;
    private final List<Route> routes;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private ApiAnswers(JsonNode document, String source) {
        this.document = document;
        this.source = source;
        List<Route> found = new ArrayList<>();
        document.path("paths").properties().forEach(path -> found.add(Route.of(path.getKey(), path.getValue())));
        // A literal segment wins over a parameter in the same place, as JAX-RS matches them.
        found.sort(Comparator.comparingInt(Route::parameters).thenComparing(Route::template));
        this.routes = List.copyOf(found);
    }

    /** The filter for the document in {@code file}. */
    public static ApiAnswers of(Path file) {
        try {
            return new ApiAnswers(
                    JSON.readTree(Files.readString(file)), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API document " + file, e);
        }
    }

    /** The filter for a document given as JSON, named {@code source} in its messages. */
    public static ApiAnswers of(String documentJson, String source) {
        try {
            return new ApiAnswers(JSON.readTree(documentJson), source);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON document: " + source, e);
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        Response response = context.next(request, expected);
        assertMatches(
                request.getMethod(),
                URI.create(request.getURI()),
                response.getStatusCode(),
                response.getContentType(),
                response.asByteArray());
        return response;
    }

    /** Fails with an {@link AssertionError} naming each violation when the answer is not what the document says. */
    public void assertMatches(String method, URI uri, int status, String contentType, byte[] body) {
        List<String> violations = violations(method, uri.getRawPath(), status, contentType, body);
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer to " + method + " " + uri + " (" + status + ") breaks " + source
                    + ":\n  " + String.join("\n  ", violations) + "\nBody: "
                    + abbreviate(new String(body, StandardCharsets.UTF_8)));
        }
    }

    /** Runs after every other filter, so that it sees the answer as the test does. */
    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    /** What is wrong with an answer, each naming where; empty when it is what the document says. */
    public List<String> violations(String method, String path, int status, String contentType, byte[] body) {
        if (!path.startsWith("/api/")) {
            return List.of();
        }
        String verb = method.toLowerCase(Locale.ROOT);
        Optional<Route> route = routes.stream().filter(r -> r.matches(path)).findFirst();
        JsonNode operation = route.map(r -> r.item().get(verb)).orElse(null);
        if (operation == null) {
            if ((status == 404 || status == 405) && isProblem(contentType)) {
                return List.of();
            }
            return List.of(
                    route.isEmpty()
                            ? "no documented path matches " + path
                            : "no documented operation " + method + " "
                                    + route.get().template());
        }
        String where = method + " " + route.get().template();
        JsonNode responses = operation.path("responses");
        JsonNode answer = responses.get(String.valueOf(status));
        if (answer == null) {
            answer = responses.get(status / 100 + "XX");
        }
        if (answer == null) {
            answer = responses.get("default");
        }
        if (answer == null) {
            return List.of(
                    "status " + status + " is not documented for " + where + " (documented: " + names(responses) + ")");
        }
        answer = resolve(answer);
        JsonNode content = answer.path("content");
        if (body.length == 0 || method.equalsIgnoreCase("HEAD") || status == 304) {
            return List.of();
        }
        if (content.isMissingNode() || content.isEmpty()) {
            return List.of(where + " " + status + " documents no body, and the answer has one");
        }
        String mediaType =
                contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode documented = content.get(mediaType);
        String documentedType = mediaType;
        if (documented == null) {
            for (Iterator<String> types = content.fieldNames(); types.hasNext() && documented == null; ) {
                String type = types.next();
                if (type.equals("*/*") || (type.endsWith("/*") && mediaType.startsWith(type.replace("*", "")))) {
                    documented = content.get(type);
                    documentedType = type;
                }
            }
        }
        if (documented == null) {
            return List.of(where + " " + status + ": content type '" + mediaType + "' is not documented (documented: "
                    + names(content) + ")");
        }
        if (!isJson(mediaType) || !documented.has("schema")) {
            return List.of();
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            return List.of(where + " " + status + ": the body is not JSON: " + e.getMessage());
        }
        String key = where + " " + status + " " + documentedType;
        JsonNode bodySchema = documented.get("schema");
        JsonSchema schema = compiled.computeIfAbsent(key, ignored -> compile(bodySchema));
        List<String> violations = new ArrayList<>();
        for (ValidationMessage message : schema.validate(value)) {
            violations.add(where + " " + status + ": " + message.getMessage());
        }
        return violations;
    }

    /** The schema with the document's components beside it, so that its references resolve within it. */
    private JsonSchema compile(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.setAll((ObjectNode) schema.deepCopy());
        root.set("components", document.path("components"));
        return SCHEMAS.getSchema(root, CONFIG);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode reference = node.get("$ref");
        if (reference == null || !reference.asText().startsWith("#/")) {
            return node;
        }
        return resolve(document.at(reference.asText().substring(1)));
    }

    private static boolean isProblem(String contentType) {
        return contentType != null && contentType.startsWith("application/problem+json");
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviate(String body) {
        return body.length() <= 2_000 ? body : body.substring(0, 2_000) + "...";
    }

    /** A documented path, its template made a pattern: each {parameter} stands for one segment. */
    private record Route(String template, JsonNode item, Pattern pattern, int parameters) {
        static Route of(String template, JsonNode item) {
            StringBuilder regex = new StringBuilder();
            int parameters = 0;
            for (String part : template.split("(?=\\{)|(?<=})")) {
                if (part.startsWith("{") && part.endsWith("}")) {
                    regex.append("[^/]+");
                    parameters++;
                } else {
                    regex.append(Pattern.quote(part));
                }
            }
            return new Route(template, item, Pattern.compile(regex.toString()), parameters);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches() && METHODS.stream().anyMatch(item::has);
        }
    }
}
