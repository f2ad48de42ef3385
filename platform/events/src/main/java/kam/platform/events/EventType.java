package kam.platform.events;

import java.util.function.Function;

/**
 * One published event type: its CloudEvents {@code type}, the payload record, and how to find the subject (the
 * aggregate id, also the Kafka record key) in a payload.
 *
 * @param type the CloudEvents type, for example {@code kam.account.registered.v1}; a new version is a new type
 * @param aggregateType the aggregate the event belongs to (the outbox's {@code aggregatetype})
 * @param payloadClass the record that is the event's data
 * @param subjectOf reads the subject from a payload
 */
public record EventType<T>(String type, String aggregateType, Class<T> payloadClass, Function<T, String> subjectOf) {

    public String subject(T payload) {
        return subjectOf.apply(payload);
    }

    /** The JSON Schema of the payload, on the classpath. */
    public String schemaResource() {
        return "kam/events/schemas/" + type + ".json";
    }

    /** An example payload that conforms to the schema, on the classpath. */
    public String exampleResource() {
        return "kam/events/examples/" + type + ".json";
    }
}
