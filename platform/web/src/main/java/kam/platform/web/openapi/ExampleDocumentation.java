package kam.platform.web.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every JSON request body and answer an example, composed from its schema: a property's own example where the
 * code gives one, else a value that its type, format, choices and limits accept (a uuid, a date, the first choice,
 * the minimum). A consumer sees a whole body to start from, and mocks generated from the document are valid.
 */
final class ExampleDocumentation {
    /**
     * A guard only: a schema that refers to itself stops at its second visit. Deep enough for every body of the
     * platform (8 cut the date of an objective inside a plan inside a page, and the example broke its schema).
     */
    private static final int DEPTH = 32;

    private static final Map<String, Object> BY_NAME = Map.ofEntries(
            Map.entry("name", "Nordwind Logistics GmbH"),
            Map.entry("title", "Grow the cold-chain business in DACH"),
            Map.entry("currency", "EUR"),
            Map.entry("country", "DE"),
            Map.entry("region", "EMEA"),
            Map.entry("industry", "Logistics"),
            Map.entry("email", "ada.meyer@example.com"),
            Map.entry("reason", "Agreed with the account team"),
            Map.entry("period", "2026"),
            Map.entry("quarter", "2027-Q1"),
            Map.entry("timeZone", "Europe/Berlin"),
            Map.entry("nextCursor", "eyJrIjoiTm9yZHdpbmQifQ"));

    private final Map<String, Schema> schemas;

    private ExampleDocumentation(Map<String, Schema> schemas) {
        this.schemas = schemas;
    }

    static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas =
                openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                        ? Map.of()
                        : openAPI.getComponents().getSchemas();
        ExampleDocumentation examples = new ExampleDocumentation(schemas);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .values()
                .forEach(operation -> {
                    if (operation.getRequestBody() != null) {
                        examples.fill(operation.getRequestBody().getContent());
                    }
                    if (operation.getResponses() != null
                            && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().forEach((status, response) -> {
                            if (status.startsWith("2") && response.getRef() == null) {
                                examples.fill(response.getContent());
                            }
                        });
                    }
                }));
    }

    private void fill(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (type.endsWith("json") && isEmpty(media) && media.getSchema() != null) {
                Object example = example(media.getSchema(), null, 0, new HashSet<>());
                if (example != null) {
                    media.setExample(example);
                }
            }
        });
    }

    private static boolean isEmpty(MediaType media) {
        return media.getExample() == null
                && (media.getExamples() == null || media.getExamples().isEmpty());
    }

    /** An example of the schema; {@code name} is the property it is the value of, if any. */
    Object example(Schema schema, String name, int depth, Set<String> visiting) {
        if (schema.getRef() != null) {
            String ref = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            Schema target = schemas.get(ref);
            if (target == null || depth > DEPTH || !visiting.add(ref)) {
                return null;
            }
            try {
                return example(target, name, depth + 1, visiting);
            } finally {
                visiting.remove(ref);
            }
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().stream()
                    .filter(v -> v != null)
                    .findFirst()
                    .orElse(null);
        }
        List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (alternatives != null && !alternatives.isEmpty()) {
            return example(alternatives.get(0), name, depth + 1, visiting);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return allOf(schema.getAllOf(), name, depth, visiting);
        }
        Schema.SchemaType type = typeOf(schema);
        if (type == null) {
            return schema.getProperties() != null ? object(schema, depth, visiting) : null;
        }
        return switch (type) {
            case OBJECT -> object(schema, depth, visiting);
            case ARRAY ->
                schema.getItems() == null
                        ? List.of()
                        : listOf(example(schema.getItems(), singular(name), depth + 1, visiting));
            case STRING -> string(schema, name);
            case INTEGER -> number(schema, BigDecimal.ONE).toBigInteger();
            case NUMBER -> number(schema, new BigDecimal("1250.50"));
            case BOOLEAN -> Boolean.TRUE;
            case NULL -> null;
        };
    }

    private Object object(Schema schema, int depth, Set<String> visiting) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            schema.getProperties().forEach((property, value) -> {
                Object example = example(value, property, depth + 1, visiting);
                // A required field stays in the example even where it has none of its own (any JSON value: null).
                if (example != null || required.contains(property)) {
                    object.put(property, example);
                }
            });
        } else if (schema.getAdditionalPropertiesSchema() != null) {
            Object value = example(schema.getAdditionalPropertiesSchema(), null, depth + 1, visiting);
            if (value != null) {
                object.put("key", value);
            }
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    private Object allOf(List<Schema> parts, String name, int depth, Set<String> visiting) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Schema part : parts) {
            Object example = example(part, name, depth + 1, visiting);
            if (example instanceof Map<?, ?> map) {
                merged.putAll((Map<String, Object>) map);
            } else if (example != null && parts.size() == 1) {
                return example;
            }
        }
        return merged;
    }

    /** The declared type; of a nullable type (["string", "null"]), the one that is not null. */
    private static Schema.SchemaType typeOf(Schema schema) {
        if (schema.getType() == null) {
            return null;
        }
        return schema.getType().stream()
                .filter(t -> t != Schema.SchemaType.NULL)
                .findFirst()
                .orElse(Schema.SchemaType.NULL);
    }

    private static Object string(Schema schema, String name) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        String value =
                switch (format) {
                    case "uuid" -> "3f2c9a4e-8b1d-4c6e-9f0a-2d7b5e1c4a90";
                    case "date" -> "2027-03-15";
                    case "date-time" -> "2027-03-15T09:30:00Z";
                    case "email" -> "ada.meyer@example.com";
                    case "uri", "url" -> "https://example.com/kam";
                    default -> name != null && BY_NAME.get(name) instanceof String known ? known : "Text";
                };
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = schema.getMaxLength() == null ? Integer.MAX_VALUE : schema.getMaxLength();
        if (value.length() < min) {
            value = value + "x".repeat(min - value.length());
        }
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static BigDecimal number(Schema schema, BigDecimal usual) {
        BigDecimal value = usual;
        if (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0) {
            value = schema.getMinimum();
        }
        if (schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0) {
            value = schema.getMaximum();
        }
        return value;
    }

    private static List<Object> listOf(Object item) {
        List<Object> list = new ArrayList<>();
        if (item != null) {
            list.add(item);
        }
        return list;
    }

    /** The name an item of a list property would have: stakeholders, stakeholder. */
    private static String singular(String name) {
        return name != null && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
