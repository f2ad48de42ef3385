package kam.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a new JSON Schema of an event type still reads every event written under the released one: the topics keep
 * those events, and a consumer that replays them or lags behind a deployment reads them with the new schema. Breaking:
 * a field removed or renamed, retyped (a type, format or choice the old values may not fit), or newly required.
 * Adding an optional field is the one change a version allows (ARCHITECTURE.md); anything else is a new type.
 */
public final class SchemaCompatibility {
    private static final int DEPTH = 16;

    private final Function<String, JsonNode> releasedSchemas;
    private final Function<String, JsonNode> currentSchemas;

    /** Each function finds a schema that another refers to, by its file name (account-details.json). */
    public SchemaCompatibility(Function<String, JsonNode> releasedSchemas, Function<String, JsonNode> currentSchemas) {
        this.releasedSchemas = releasedSchemas;
        this.currentSchemas = currentSchemas;
    }

    /** The breaking changes from the released schema to the current one, each naming its field; empty if none. */
    public List<String> breakingChanges(JsonNode released, JsonNode current) {
        List<String> changes = new ArrayList<>();
        compare("$", released, current, changes, 0);
        return changes;
    }

    private void compare(String path, JsonNode released, JsonNode current, List<String> changes, int depth) {
        JsonNode before = resolve(released, releasedSchemas);
        JsonNode after = resolve(current, currentSchemas);
        if (depth > DEPTH) {
            return;
        }
        Set<String> typesBefore = types(before);
        Set<String> typesAfter = types(after);
        if (!typesBefore.isEmpty() && !typesAfter.isEmpty() && !typesAfter.containsAll(typesBefore)) {
            changes.add(path + ": retyped from " + typesBefore + " to " + typesAfter);
            return;
        }
        if (before.has("format") && !before.get("format").equals(after.get("format"))) {
            changes.add(path + ": format changed from " + before.get("format") + " to " + after.get("format"));
        }
        if (before.has("enum") && after.has("enum")) {
            Set<JsonNode> choices = new HashSet<>();
            after.get("enum").forEach(choices::add);
            before.get("enum").forEach(choice -> {
                if (!choices.contains(choice)) {
                    changes.add(path + ": the choice " + choice + " was removed");
                }
            });
        } else if (!before.has("enum") && after.has("enum")) {
            changes.add(path + ": now limited to " + after.get("enum"));
        }
        Set<String> requiredBefore = names(before.path("required"));
        for (String required : names(after.path("required"))) {
            if (!requiredBefore.contains(required)) {
                changes.add(path + "." + required + ": made required");
            }
        }
        before.path("properties").properties().forEach(field -> {
            String fieldPath = path + "." + field.getKey();
            JsonNode now = after.path("properties").get(field.getKey());
            if (now == null) {
                changes.add(fieldPath + ": removed (or renamed)");
            } else {
                compare(fieldPath, field.getValue(), now, changes, depth + 1);
            }
        });
        if (before.has("items") && after.has("items")) {
            compare(path + "[]", before.get("items"), after.get("items"), changes, depth + 1);
        }
        if (before.has("additionalProperties")
                && before.get("additionalProperties").isObject()
                && after.path("additionalProperties").isObject()) {
            compare(path + ".*", before.get("additionalProperties"), after.get("additionalProperties"), changes, depth);
        }
    }

    /** A {@code $ref} to another schema file is followed; references are by file name or by the schema's $id. */
    private static JsonNode resolve(JsonNode schema, Function<String, JsonNode> schemas) {
        JsonNode ref = schema.get("$ref");
        if (ref == null || !ref.isTextual()) {
            return schema;
        }
        String name = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
        JsonNode target = schemas.apply(name);
        if (target == null) {
            throw new IllegalArgumentException("no schema " + name + " for $ref " + ref.asText());
        }
        return target;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            types.add(type.asText());
        } else if (type != null) {
            type.forEach(t -> types.add(t.asText()));
        }
        // An integer is also a number: widening integer to number keeps every old value.
        if (types.contains("number")) {
            types.add("integer");
        }
        return types;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }
}
