package kam.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether events of one version stay readable both ways: a consumer on the new schema replays what the topics kept from
 * the released one, and a tolerant v1 reader (one that ignores fields and optional choices it does not know, as the
 * event contract asks) reads what the new producer writes. Breaking: a field removed or renamed, retyped (a type,
 * format or choice the other side's values may not fit, integer widened to number included), newly required, no longer
 * required (or now null) where v1 readers rely on it, or a new choice for a required field. Adding an optional field, or
 * a choice to an optional one, is what a version allows (docs/events.md); anything else is a new type.
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
        compare("$", released, current, true, changes, 0);
        return changes;
    }

    private void compare(
            String path, JsonNode released, JsonNode current, boolean required, List<String> changes, int depth) {
        JsonNode before = resolve(released, releasedSchemas);
        JsonNode after = resolve(current, currentSchemas);
        if (depth > DEPTH) {
            return;
        }
        Set<String> typesBefore = types(before);
        Set<String> typesAfter = types(after);
        Set<String> valueTypesBefore = withoutNull(typesBefore);
        if (!typesBefore.isEmpty()
                && !typesAfter.isEmpty()
                && (!typesAfter.containsAll(typesBefore) || !valueTypesBefore.equals(withoutNull(typesAfter)))) {
            changes.add(path + ": retyped from " + typesBefore + " to " + typesAfter);
            return;
        }
        if (required && !typesBefore.contains("null") && typesAfter.contains("null")) {
            changes.add(path + ": may now be null, where v1 readers rely on it");
        }
        if (before.has("format") && !before.get("format").equals(after.get("format"))) {
            changes.add(path + ": format changed from " + before.get("format") + " to " + after.get("format"));
        }
        if (before.has("enum") && after.has("enum")) {
            Set<JsonNode> choices = new HashSet<>();
            after.get("enum").forEach(choices::add);
            Set<JsonNode> choicesBefore = new HashSet<>();
            before.get("enum").forEach(choice -> {
                choicesBefore.add(choice);
                if (!choices.contains(choice)) {
                    changes.add(path + ": the choice " + choice + " was removed");
                }
            });
            if (required) {
                choices.stream()
                        .filter(choice -> !choicesBefore.contains(choice))
                        .forEach(choice -> changes.add(
                                path + ": the new choice " + choice + " of a required field, which v1 readers need"));
            }
        } else if (!before.has("enum") && after.has("enum")) {
            changes.add(path + ": now limited to " + after.get("enum"));
        }
        Set<String> requiredBefore = names(before.path("required"));
        Set<String> requiredAfter = names(after.path("required"));
        for (String name : requiredAfter) {
            if (!requiredBefore.contains(name)) {
                changes.add(path + "." + name + ": made required");
            }
        }
        before.path("properties").properties().forEach(field -> {
            String fieldPath = path + "." + field.getKey();
            JsonNode now = after.path("properties").get(field.getKey());
            if (now == null) {
                changes.add(fieldPath + ": removed (or renamed)");
                return;
            }
            boolean wasRequired = requiredBefore.contains(field.getKey());
            if (wasRequired && !requiredAfter.contains(field.getKey())) {
                changes.add(fieldPath + ": no longer required, where v1 readers rely on it");
            }
            compare(fieldPath, field.getValue(), now, wasRequired, changes, depth + 1);
        });
        if (before.has("items") && after.has("items")) {
            compare(path + "[]", before.get("items"), after.get("items"), true, changes, depth + 1);
        }
        if (before.has("additionalProperties")
                && before.get("additionalProperties").isObject()
                && after.path("additionalProperties").isObject()) {
            compare(
                    path + ".*",
                    before.get("additionalProperties"),
                    after.get("additionalProperties"),
                    true,
                    changes,
                    depth);
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
        return types;
    }

    private static Set<String> withoutNull(Set<String> types) {
        Set<String> values = new HashSet<>(types);
        values.remove("null");
        return values;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }
}
