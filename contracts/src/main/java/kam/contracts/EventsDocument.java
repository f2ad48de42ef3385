package kam.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import kam.platform.events.EventCatalog;
import kam.platform.events.EventType;

/**
 * docs/events.md, made from the event contract itself, so that it cannot drift from what is published: each topic of
 * the AsyncAPI document, and for each event type its title, what it means and when it is sent (its schema's
 * description), its key, its schema and its example payload.
 */
public final class EventsDocument {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCES = "../platform/events/src/main/resources/";

    private EventsDocument() {}

    public static String render() {
        JsonNode asyncApi = yaml("kam/events/asyncapi.yaml");
        StringBuilder out = new StringBuilder();
        out.append("""
                # Events

                <!-- Made by contracts' EventsDocumentTest from the AsyncAPI document, the schemas and the examples of \
                platform/events; to change it, change those and run that test with -Dkam.docs.update=true. -->

                What the platform tells the rest of the company, on Kafka. Every event is published by the service \
                that made the change, after the change commits (through its transactional outbox), so an event \
                never tells of a change that was rolled back.

                - **Topics**: one per service, below. The record key is the account id (or the aggregate id where no \
                account applies, given with each type), so each account's events arrive in the order their changes \
                committed.
                - **Envelope**: CloudEvents 1.0 in Kafka binary mode. The value is the JSON payload; the attributes are \
                headers: `ce_specversion` (`1.0`), `ce_id` (a UUID, unique per event), `ce_source` (the service, \
                `/kam/account-service`), `ce_type` (below), `ce_subject` (the key), `ce_time` (when the change \
                committed), `ce_sequence` (the event's place among its key's events, 1, 2, 3, ... in commit order, \
                without gaps: compare as numbers; CloudEvents' sequence extension), `content-type` \
                (`application/json`) and `traceparent` (W3C Trace Context: the trace of the change that wrote the \
                event; continue it in your handling to see your part in the same trace).
                - **Delivery**: at least once. Keep the `ce_id` of each event you handled, in the same transaction as \
                its effect, and skip one you have seen. Ignore types you do not know.
                - **Change**: within a type's version (`.v1`) producers only add optional fields, and choices to \
                optional fields, and they deploy ahead of consumers. Read tolerantly: ignore fields you do not know, \
                at any depth, and read a choice you do not know in an optional field as absent; the schemas allow \
                fields they do not list for that reason (the platform's own consumers read so too). Anything else \
                (a field removed, renamed, retyped, made required or no longer required, a new choice for a \
                required field) is a new type (`.v2`), published beside the old one. The build holds every type to \
                the schema released in contracts/released/events, both ways.
                - **Contract**: the AsyncAPI 3 document is \
                [asyncapi.yaml](%skam/events/asyncapi.yaml); each type's JSON Schema and example are beside it. \
                [examples/finance-consumer](../examples/finance-consumer) is a consumer to copy.
                """.formatted(SOURCES));
        asyncApi.path("channels").properties().forEach(channel -> {
            out.append("\n## ")
                    .append(channel.getValue().path("address").asText())
                    .append("\n\n");
            out.append(channel.getValue().path("description").asText()).append("\n");
            channel.getValue().path("messages").properties().forEach(reference -> {
                String name = reference.getValue().path("$ref").asText().replace("#/components/messages/", "");
                JsonNode message = asyncApi.path("components").path("messages").path(name);
                out.append(section(message));
            });
        });
        return out.toString();
    }

    private static String section(JsonNode message) {
        String type = message.path("name").asText();
        EventType<?> eventType = EventCatalog.byType(type)
                .orElseThrow(() -> new IllegalStateException(type + " is in asyncapi.yaml but not in EventCatalog"));
        JsonNode schema = json(eventType.schemaResource());
        String description = schema.path("description").asText();
        int key = description.indexOf("Subject and");
        String meaning = key < 0 ? description : description.substring(0, key).strip();
        String subject =
                key < 0 ? "the account id" : description.substring(key).replaceFirst("^Subject and [^:]*: ", "");
        String example;
        try {
            example = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(eventType.exampleResource()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return """

                ### %s: `%s`

                %s

                - Key and `ce_subject`: %s
                - Schema: [%s.json](%s%s)
                - Required fields: %s

                ```json
                %s
                ```
                """.formatted(
                        message.path("title").asText(),
                        type,
                        meaning,
                        subject.endsWith(".") ? subject.substring(0, subject.length() - 1) : subject,
                        type,
                        SOURCES,
                        eventType.schemaResource(),
                        required(schema),
                        example);
    }

    private static String required(JsonNode schema) {
        Map<String, String> names = new TreeMap<>();
        schema.path("required").forEach(name -> names.put(name.asText(), "`" + name.asText() + "`"));
        return names.isEmpty() ? "none" : String.join(", ", names.values());
    }

    private static JsonNode json(String resource) {
        try (InputStream in = stream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode yaml(String resource) {
        try (InputStream in = stream(resource)) {
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String resource) {
        InputStream in = EventsDocument.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no " + resource + " in platform/events");
        }
        return in;
    }
}
