package kam.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Bad requests generated from a service's OpenAPI document: for each operation in turn, one mutation of a request
 * built from the operation's own parameters and schemas. Reads get hostile path and query values. A write always
 * carries something the API must refuse (malformed JSON, a wrong type, a missing or unknown field, a string over its
 * length, a number out of range, a hostile value where a UUID, date or enum belongs, a wrong content type; without a
 * body, a hostile path value or a stale If-Match), so no write may succeed and nothing stored may change.
 */
final class BadRequests {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that have broken parsers, queries and pages before: injections, odd Unicode, sizes. */
    static final List<String> HOSTILE = List.of(
            "' OR '1'='1",
            "'; drop table account; --",
            "\" OR \"\"=\"",
            "<script>alert(1)</script>",
            "${jndi:ldap://example.invalid/a}",
            "{{7*7}}",
            "../../../../etc/passwd",
            "=cmd|' /C calc'!A0",
            "%00",
            "nul\u0000byte",
            "\u202egnp.exe",
            "ｆｕｌｌｗｉｄｔｈ",
            "e\u0301\u0301\u0301\u0301",
            "😀👩‍👩‍👧‍👦",
            "\ud800",
            "\uFEFF",
            "",
            " ",
            "-1",
            "99999999999999999999999",
            "1e400",
            "NaN",
            "null",
            "x".repeat(3_000));

    private static final List<String> MALFORMED_JSON = List.of(
            "{",
            "{\"name\":}",
            "{\"name\":\"a\",}",
            "[1,2",
            "nul",
            "{} {}",
            "{\"a\":\"\\u12\"}",
            "{'single':'quotes'}",
            "\u0000",
            "[".repeat(100_000),
            "{\"n\":1e999999999}");

    /** One request: everything needed to send it and to say what it was. */
    record Request(String method, String path, String contentType, String body, String ifMatch, String mutation) {
        boolean isWrite() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
            return method + " " + (path.length() > 200 ? path.substring(0, 200) + "…" : path) + " [" + mutation + "]"
                    + shown;
        }
    }

    private record Operation(String method, String template, JsonNode spec) {}

    private final JsonNode document;
    private final Function<String, String> pathValues;
    private final Random random;

    private BadRequests(JsonNode document, Function<String, String> pathValues, long seed) {
        this.document = document;
        this.pathValues = pathValues;
        this.random = new Random(seed);
    }

    /**
     * @param pathValues a real value for a path parameter by name (an account's id, a plan's id), or null for a random
     *     UUID; real ids take the requests past the lookup, deeper into the service
     */
    static List<Request> generate(JsonNode document, Function<String, String> pathValues, int count, long seed) {
        BadRequests generator = new BadRequests(document, pathValues, seed);
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue()
                .fields()
                .forEachRemaining(method -> operations.add(
                        new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()))));
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; requests.size() < count; i++) {
            requests.add(generator.mutate(operations.get(i % operations.size())));
        }
        return requests;
    }

    private Request mutate(Operation operation) {
        JsonNode body = operation.spec.path("requestBody").path("content");
        String ifMatch = hasParameter(operation, "If-Match") ? "\"stale-" + random.nextInt(1000) + "\"" : null;
        if (operation.method.equals("GET")) {
            return random.nextBoolean() && !parameters(operation, "query").isEmpty()
                    ? withQuery(operation)
                    : new Request("GET", path(operation, true), null, null, null, "hostile path value");
        }
        if (body.isEmpty()) {
            // No body to get wrong: a hostile path value, or a real one with a stale If-Match.
            boolean hostile = ifMatch == null || random.nextBoolean();
            return new Request(
                    operation.method,
                    path(operation, hostile),
                    null,
                    null,
                    ifMatch,
                    hostile ? "hostile path value" : "stale If-Match");
        }
        String path = path(operation, random.nextInt(4) == 0);
        String type = body.fieldNames().next();
        if (!type.contains("json")) {
            return new Request(operation.method, path, type, hostileText(), ifMatch, "hostile " + type);
        }
        JsonNode schema = resolve(body.get(type).path("schema"));
        ObjectNode valid = typeOf(schema).equals("object") ? example(schema) : null;
        int kind = random.nextInt(10);
        if (valid == null || kind == 0) {
            return new Request(operation.method, path, type, pick(MALFORMED_JSON), ifMatch, "malformed JSON");
        }
        return switch (kind) {
            case 1 ->
                new Request(
                        operation.method,
                        path,
                        type,
                        pick(List.of("[]", "\"text\"", "42", "null", "")),
                        ifMatch,
                        "not an object");
            case 2 -> new Request(operation.method, path, "text/plain", valid.toString(), ifMatch, "wrong type");
            case 3 -> {
                valid.put("unexpected" + random.nextInt(10), pick(HOSTILE));
                yield new Request(operation.method, path, type, valid.toString(), ifMatch, "unknown field");
            }
            default -> fieldMutation(operation, path, type, schema, valid, ifMatch);
        };
    }

    /** One field of the body made wrong, in a way its schema says is wrong. */
    private Request fieldMutation(
            Operation operation, String path, String type, JsonNode schema, ObjectNode body, String ifMatch) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        List<String> fields = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(fields::add);
        if (fields.isEmpty()) {
            return new Request(operation.method, path, type, pick(MALFORMED_JSON), ifMatch, "malformed JSON");
        }
        if (!required.isEmpty() && random.nextInt(4) == 0) {
            String missing = pick(required);
            body.remove(missing);
            return new Request(operation.method, path, type, body.toString(), ifMatch, "missing " + missing);
        }
        String field = pick(fields);
        JsonNode fieldSchema = resolve(schema.get("properties").get(field));
        Mutation wrong = wrongValue(fieldSchema, required.contains(field));
        body.set(field, wrong.value);
        return new Request(operation.method, path, type, body.toString(), ifMatch, wrong.what + " in " + field);
    }

    private record Mutation(String what, JsonNode value) {}

    /** The schema's type; of a nullable one (["string", "null"]), the type its values have. */
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
        }
        return type.asText("object");
    }

    /** A value the field's schema refuses. */
    private Mutation wrongValue(JsonNode schema, boolean required) {
        String kind = typeOf(schema);
        String format = schema.path("format").asText("");
        List<Mutation> choices = new ArrayList<>();
        switch (kind) {
            case "string" -> {
                choices.add(
                        new Mutation("object for a string", NODES.objectNode().put("a", 1)));
                choices.add(new Mutation("array for a string", NODES.arrayNode().add("a")));
                // A hostile string is wrong only where a choice, a UUID or a date belongs; free text may hold it.
                if (schema.has("enum") || !format.isEmpty()) {
                    choices.add(new Mutation("hostile " + (format.isEmpty() ? "enum" : format), text(pick(HOSTILE))));
                }
                if (schema.has("maxLength")) {
                    choices.add(new Mutation(
                            "over maxLength",
                            text("x".repeat(schema.get("maxLength").asInt() + 1))));
                    choices.add(new Mutation("a megabyte", text("y".repeat(1 << 20))));
                }
                if (schema.path("minLength").asInt() > 0) {
                    choices.add(new Mutation("empty string", text("")));
                }
            }
            case "integer", "number" -> {
                choices.add(new Mutation("text for a number", text(pick(HOSTILE))));
                choices.add(new Mutation("object for a number", NODES.objectNode()));
                if (kind.equals("integer")) {
                    choices.add(new Mutation(
                            "integer overflow", NODES.numberNode(new java.math.BigInteger("99999999999999999999999"))));
                    choices.add(new Mutation("fraction for an integer", NODES.numberNode(1.5)));
                }
                if (schema.has("minimum")) {
                    choices.add(new Mutation(
                            "below minimum",
                            NODES.numberNode(schema.get("minimum").asLong() - 1)));
                }
                if (schema.has("maximum")) {
                    choices.add(new Mutation(
                            "above maximum",
                            NODES.numberNode(schema.get("maximum").asLong() + 1)));
                }
            }
            case "boolean" -> choices.add(new Mutation("text for a boolean", text("maybe")));
            case "array" -> {
                choices.add(new Mutation("text for an array", text(pick(HOSTILE))));
                choices.add(new Mutation("object for an array", NODES.objectNode()));
                if (schema.has("maxItems")) {
                    ArrayNode many = NODES.arrayNode();
                    JsonNode item = value(resolve(schema.path("items")));
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        many.add(item);
                    }
                    choices.add(new Mutation("over maxItems", many));
                }
            }
            default -> {
                choices.add(new Mutation("text for an object", text(pick(HOSTILE))));
                choices.add(
                        new Mutation("array for an object", NODES.arrayNode().add(1)));
            }
        }
        if (required) {
            choices.add(new Mutation("null for a required field", NODES.nullNode()));
        }
        return pick(choices);
    }

    private Request withQuery(Operation operation) {
        JsonNode parameter = pick(parameters(operation, "query"));
        String value = pick(HOSTILE);
        return new Request(
                "GET",
                path(operation, false) + "?" + parameter.get("name").asText() + "=" + encode(value),
                null,
                null,
                null,
                "hostile query " + parameter.get("name").asText());
    }

    /** The operation's path with real values, or with one parameter made hostile. */
    private String path(Operation operation, boolean hostile) {
        List<String> names = parameters(operation, "path").stream()
                .map(p -> p.get("name").asText())
                .toList();
        String wrong = hostile && !names.isEmpty() ? pick(names) : null;
        String path = operation.template;
        for (String name : names) {
            String value = name.equals(wrong) ? pick(HOSTILE) : pathValues.apply(name);
            path = path.replace(
                    "{" + name + "}", encode(value == null ? UUID.randomUUID().toString() : value));
        }
        return path;
    }

    /** A body the schema accepts as far as types go: its required members, each with a plain value. */
    private ObjectNode example(JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        schema.path("required")
                .forEach(name -> body.set(
                        name.asText(), value(resolve(schema.path("properties").path(name.asText())))));
        return body;
    }

    private JsonNode value(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("examples")) {
            return schema.get("examples").get(0);
        }
        return switch (typeOf(schema)) {
            case "string" ->
                text(
                        switch (schema.path("format").asText("")) {
                            case "uuid" -> UUID.randomUUID().toString();
                            case "date" -> "2027-03-15";
                            case "date-time" -> "2027-03-15T10:00:00Z";
                            default -> "Fuzz";
                        });
            case "integer" ->
                NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "number" ->
                NODES.numberNode(Math.max(1.0, schema.path("minimum").asDouble(1)));
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode().add(value(resolve(schema.path("items"))));
            default -> example(schema);
        };
    }

    /** Follows $ref, and folds allOf into one schema. */
    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return resolve(document.path("components").path("schemas").path(name));
        }
        if (schema.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            for (Iterator<JsonNode> parts = schema.get("allOf").elements(); parts.hasNext(); ) {
                merged.setAll((ObjectNode) resolve(parts.next()).deepCopy());
            }
            return merged;
        }
        return schema;
    }

    private String hostileText() {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 3; line++) {
            text.append(pick(HOSTILE)).append(',').append(pick(HOSTILE)).append('\n');
        }
        return text.toString();
    }

    private boolean hasParameter(Operation operation, String name) {
        for (JsonNode p : operation.spec.path("parameters")) {
            if (p.path("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The operation's parameters that go in the path, the query or a header. */
    private static List<JsonNode> parameters(Operation operation, String in) {
        List<JsonNode> found = new ArrayList<>();
        operation.spec.path("parameters").forEach(p -> {
            if (p.path("in").asText().equals(in)) {
                found.add(p);
            }
        });
        return found;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static JsonNode text(String value) {
        return NODES.textNode(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
