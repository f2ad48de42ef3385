package kam.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventContractTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers ->
                    mappers.mapPrefix("https://schemas.kam.example/events/", "classpath:kam/events/schemas/")));

    static Stream<EventType<?>> eventTypes() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void theExamplePayloadConformsToItsSchema(EventType<?> type) throws IOException {
        JsonNode example = read(type.exampleResource());
        Set<ValidationMessage> errors = schemaOf(type).validate(example);
        assertTrue(errors.isEmpty(), type.type() + ": " + errors);
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void theRecordReadsTheExampleAndWritesWhatTheSchemaAccepts(EventType<?> type) throws IOException {
        JsonNode example = read(type.exampleResource());
        Object payload = JSON.treeToValue(example, type.payloadClass());
        JsonNode written = JSON.readTree(JSON.writeValueAsString(payload));
        assertEquals(example, written, type.type() + " does not round-trip through its record");
        assertTrue(schemaOf(type).validate(written).isEmpty());
        String subject = subjectOf(type, payload);
        assertTrue(
                example.properties().stream()
                        .anyMatch(field -> subject.equals(field.getValue().asText())),
                type.type() + ": the subject " + subject + " is not a field of the payload");
    }

    @Test
    void aPayloadThatBreaksTheSchemaIsCaught() throws IOException {
        JsonNode broken = read(EventCatalog.ACCOUNT_REGISTERED.exampleResource());
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("account")).put("currency", "pounds");
        Set<ValidationMessage> errors =
                schemaOf(EventCatalog.ACCOUNT_REGISTERED).validate(broken);
        assertFalse(errors.isEmpty());
        assertTrue(
                errors.stream().anyMatch(e -> e.getInstanceLocation().toString().contains("currency")),
                errors.toString());
    }

    @Test
    void everyTypeIsUniqueAndDocumentedInTheAsyncApiDocument() throws IOException {
        Set<String> types = new HashSet<>();
        EventCatalog.ALL.forEach(type -> assertTrue(types.add(type.type()), "duplicate type " + type.type()));

        JsonNode asyncApi;
        try (InputStream in = resource("kam/events/asyncapi.yaml")) {
            asyncApi = new YAMLMapper().readTree(in);
        }
        assertEquals("3.0.0", asyncApi.get("asyncapi").asText());
        Set<String> documented = new HashSet<>();
        asyncApi.at("/components/messages")
                .forEach(message -> documented.add(message.get("name").asText()));
        assertEquals(types, documented);
        asyncApi.at("/components/messages").forEach(message -> {
            String ref = message.at("/payload/schema/$ref").asText();
            assertNotNull(EventContractTest.class.getClassLoader().getResource("kam/events/" + ref), ref);
        });
        assertEquals(
                EventCatalog.ACCOUNT_ARCHIVED,
                EventCatalog.byType("kam.account.archived.v1").orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void theSchemaAllowsFieldsAProducerAddsLater(EventType<?> type) throws IOException {
        // Producers add optional fields within a version and deploy first: a schema that forbade them would call
        // every newer event invalid, where the contract says a consumer ignores them.
        JsonNode widened = read(type.exampleResource());
        addToEveryObject(widened);
        Set<ValidationMessage> errors = schemaOf(type).validate(widened);
        assertTrue(errors.isEmpty(), type.type() + ": " + errors);
    }

    private static void addToEveryObject(JsonNode node) {
        node.forEach(EventContractTest::addToEveryObject);
        if (node instanceof ObjectNode object) {
            object.put("addedInALaterVersion", "x");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> String subjectOf(EventType<T> type, Object payload) {
        return type.subject((T) payload);
    }

    private static JsonSchema schemaOf(EventType<?> type) throws IOException {
        try (InputStream in = resource(type.schemaResource())) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build();
            return SCHEMAS.getSchema(in, config);
        }
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return JSON.readTree(in);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream(name);
        assertNotNull(in, "missing resource " + name);
        return in;
    }
}
