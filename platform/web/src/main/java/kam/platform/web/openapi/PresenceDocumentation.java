package kam.platform.web.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents which fields an answer always has. Jackson writes every component of a response record, null or not, so
 * every field of a schema that only answers use is present: it is listed as required, and a validating client may
 * rely on the key. Whether a value may be null is said where the record declares it ({@code @Schema(nullable =
 * true)}, which becomes {@code "null"} among the types). A schema that lists its required fields itself (Problem,
 * whose empty members are left out) keeps its list, and a schema that requests use too is left alone: there, a field
 * not listed stays one a client may leave out.
 */
final class PresenceDocumentation {
    private static final String SCHEMAS = "#/components/schemas/";

    private PresenceDocumentation() {}

    static void document(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<Schema> answers = new ArrayList<>();
        List<Schema> requests = new ArrayList<>();
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(response -> bodies(response.getContent(), answers));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                    .values()
                    .forEach(op -> {
                        if (op.getRequestBody() != null) {
                            bodies(op.getRequestBody().getContent(), requests);
                        }
                        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                            for (APIResponse response :
                                    op.getResponses().getAPIResponses().values()) {
                                bodies(response.getContent(), answers);
                            }
                        }
                    }));
        }
        Set<String> requested = reachable(requests, schemas);
        for (String name : reachable(answers, schemas)) {
            Schema schema = schemas.get(name);
            boolean listsItsOwn =
                    schema.getRequired() != null && !schema.getRequired().isEmpty();
            if (requested.contains(name) || listsItsOwn || schema.getProperties() == null) {
                continue;
            }
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }

    private static void bodies(Content content, List<Schema> into) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(type -> {
                if (type.getSchema() != null) {
                    into.add(type.getSchema());
                }
            });
        }
    }

    /** The names of the component schemas that {@code roots} refer to, directly or through one another. */
    private static Set<String> reachable(Collection<Schema> roots, Map<String, Schema> schemas) {
        Set<String> names = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMAS)) {
                String name = ref.substring(SCHEMAS.length());
                if (names.add(name) && schemas.containsKey(name)) {
                    pending.push(schemas.get(name));
                }
                continue;
            }
            Consumer<Schema> follow = child -> {
                if (child != null) {
                    pending.push(child);
                }
            };
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(follow);
            }
            follow.accept(schema.getItems());
            follow.accept(schema.getAdditionalPropertiesSchema());
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                    .filter(Objects::nonNull)
                    .forEach(group -> group.forEach(follow));
        }
        return names;
    }
}
