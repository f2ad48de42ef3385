package kam.platform.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbox row waiting to be published; its key sequence is null for rows written before it existed, its traceparent
 * where the change ran in no trace.
 */
record OutboxRow(
        UUID id,
        String aggregateId,
        String type,
        String payload,
        Instant occurredAt,
        Long keySequence,
        String traceparent) {}
