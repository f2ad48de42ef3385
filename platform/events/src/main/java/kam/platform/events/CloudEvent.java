package kam.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The envelope of every event: the CloudEvents 1.0 attributes the platform sets, with the payload as data. On Kafka
 * the attributes travel as {@code ce_*} headers (binary mode) and the data is the record value.
 */
public record CloudEvent<T>(UUID id, String source, String type, String subject, Instant time, T data) {}
