package kam.platform.messaging;

import java.time.Instant;
import java.util.UUID;

/** An outbox row waiting to be published. */
record OutboxRow(UUID id, String aggregateId, String type, String payload, Instant occurredAt) {}
