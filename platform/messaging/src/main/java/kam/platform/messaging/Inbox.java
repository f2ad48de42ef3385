package kam.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import kam.platform.events.CloudEvent;
import kam.platform.web.DatabaseFailures;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The idempotent inbox: a consumer's handler runs at most once per event id, because the id is recorded in the same
 * transaction as the handler's effect. A redelivered event finds its id and changes nothing.
 *
 * <p>Use it from a blocking {@code @Incoming} method that takes the {@link ConsumerRecord} and returns what
 * {@link #handle} answers: it runs the handler in a transaction of its own, and the offset is committed after it.
 * When the database cannot be reached the same event is tried again, every {@code kam.inbox.retry-delay} for up to
 * {@code kam.inbox.retry-for} (2 s and 30 min, the platform's shared defaults, which also keep SmallRye from failing
 * the channel while the inbox waits): the event is fine, the database is not, and sending it to kam.dlq would lose it
 * for this consumer. Any other failure sends the record to kam.dlq.
 *
 * <p>Each handled event is measured: {@code kam.inbox.handling} times the handler, {@code kam.inbox.lag} the time
 * from the event's occurrence to its handling, both by consumer and event type; {@code kam.inbox.dead.lettered}
 * counts the records set aside in kam.dlq, by consumer and type ({@code unreadable}: not a CloudEvent of its type).
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager entityManager;
    private final InboundEvents events;
    private final MeterRegistry meters;
    private final Duration retryDelay;
    private final Duration retryFor;
    private final Clock clock;
    private final EventTracing tracing;
    private volatile boolean stopping;

    public Inbox(
            EntityManager entityManager,
            InboundEvents events,
            MeterRegistry meters,
            @ConfigProperty(name = "kam.inbox.retry-delay") Duration retryDelay,
            @ConfigProperty(name = "kam.inbox.retry-for") Duration retryFor,
            Clock clock,
            EventTracing tracing) {
        this.entityManager = entityManager;
        this.events = events;
        this.meters = meters;
        this.retryDelay = retryDelay;
        this.retryFor = retryFor;
        this.clock = clock;
        this.tracing = tracing;
    }

    /** From here on no event is started or given up: each is left for the next start (see {@link #handle}). */
    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Handles the record's event unless this consumer has handled it already. The answer completes when the event is
     * done with (the offset may then be committed); a failure is thrown, and sets the record aside in kam.dlq. While the
     * application stops it never completes: a handler cut off by the shutdown (its database closed under it) would
     * otherwise fail and send a sound event to kam.dlq, and the committed offset would pass it by. Left open, the
     * record is read again after the restart, and the inbox drops it if its transaction had committed after all.
     *
     * @param consumer names the consumer; each consumer of an event handles it once
     */
    public CompletionStage<Void> handle(
            String consumer, ConsumerRecord<String, String> record, Consumer<CloudEvent<Object>> handler) {
        CloudEvent<Object> event;
        try {
            event = events.read(record);
        } catch (RuntimeException e) {
            deadLettered(consumer, "unreadable");
            throw e;
        }
        // The handling continues the trace of the change that sent the event: its log lines carry the trace id, and
        // the events it writes in turn carry the trace on.
        Span span = tracing.handling(consumer, record, event.type());
        try (Scope current = span.makeCurrent()) {
            return handleCurrent(consumer, event, handler);
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            deadLettered(consumer, event.type());
            throw e;
        } finally {
            span.end();
        }
    }

    private CompletionStage<Void> handleCurrent(
            String consumer, CloudEvent<Object> event, Consumer<CloudEvent<Object>> handler) {
        long deadline = System.nanoTime() + retryFor.toNanos();
        while (!stopping) {
            try {
                QuarkusTransaction.requiringNew().run(() -> handleOnce(consumer, event, handler));
                return CompletableFuture.completedFuture(null);
            } catch (RuntimeException e) {
                if (stopping) {
                    break;
                }
                if (!DatabaseFailures.unreachable(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.warnf("%s: the database cannot be reached; event %s is tried again", consumer, event.id());
                try {
                    Thread.sleep(retryDelay.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        LOG.infof("%s: stopping; event %s is left for the next start", consumer, event.id());
        return new CompletableFuture<>();
    }

    /** A failure thrown from {@link #handle} sets the record aside in kam.dlq (the failure strategy): counted here. */
    private void deadLettered(String consumer, String type) {
        meters.counter("kam.inbox.dead.lettered", "consumer", consumer, "type", type)
                .increment();
    }

    /** Records the event's id and runs the handler, in the caller's transaction; a repeat changes nothing. */
    private void handleOnce(String consumer, CloudEvent<Object> event, Consumer<CloudEvent<Object>> handler) {
        int recorded = entityManager
                .createNativeQuery("insert into inbox_event (consumer, event_id, event_type, received_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, clock.instant())
                .executeUpdate();
        if (recorded == 0) {
            return;
        }
        Tags tags = Tags.of("consumer", consumer, "type", event.type());
        if (event.time() != null) {
            meters.timer("kam.inbox.lag", tags).record(Duration.between(event.time(), clock.instant()));
        }
        meters.timer("kam.inbox.handling", tags).record(() -> handler.accept(event));
        LOG.debugf("%s handled %s %s", consumer, event.type(), event.id());
    }
}
