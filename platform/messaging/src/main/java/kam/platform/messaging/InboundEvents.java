package kam.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import kam.platform.events.CloudEvent;
import kam.platform.events.EventCatalog;
import kam.platform.events.EventType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Reads a Kafka record in CloudEvents binary mode. The data of a type in the {@link EventCatalog} becomes its
 * record; the data of a type this service does not know stays a JSON tree, so that a consumer may skip it. A record
 * that is not a CloudEvent, or whose data does not fit its type, throws, and goes to the dead-letter topic. The data is
 * read tolerantly ({@link TolerantEventJson}): a field or choice added by a newer producer is ignored.
 */
@ApplicationScoped
public class InboundEvents {
    private final ObjectMapper json = TolerantEventJson.reader();

    public CloudEvent<Object> read(ConsumerRecord<String, String> record) {
        String id = required(record, "ce_id");
        String type = required(record, "ce_type");
        Object data = parse(record.value(), type);
        String time = header(record, "ce_time");
        return new CloudEvent<>(
                UUID.fromString(id),
                required(record, "ce_source"),
                type,
                header(record, "ce_subject"),
                time == null
                        ? Instant.ofEpochMilli(record.timestamp())
                        : OffsetDateTime.parse(time).toInstant(),
                data);
    }

    private Object parse(String value, String type) {
        if (value == null) {
            throw new IllegalArgumentException("event of type " + type + " has no data");
        }
        try {
            EventType<?> known = EventCatalog.byType(type).orElse(null);
            return known == null ? json.readTree(value) : json.readValue(value, known.payloadClass());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("data does not fit event type " + type + ": " + e.getOriginalMessage());
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("not a CloudEvent: header " + name + " is missing");
        }
        return value;
    }

    /** A header of the record as text, or null when it has none (EventTracing reads the traceparent with it). */
    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
