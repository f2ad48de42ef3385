package kam.platform.messaging;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The W3C trace context across Kafka: the traceparent of the change an event records (kept with its outbox row and
 * sent as the record's {@code traceparent} header by the relay), and the span in which a consumer handles the record,
 * a child of that traceparent, current while it runs, so that its log lines and the events it writes in turn carry the
 * same trace.
 *
 * <p>Through the OpenTelemetry API only: the OpenTelemetry Java agent supplies the implementation where a process runs
 * with it (the local run, the system tests, Kubernetes). Without it every call is a no-op and events carry no
 * traceparent.
 */
@ApplicationScoped
public class EventTracing {
    static final String TRACEPARENT = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<String> ONE_TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String traceparent, String key) {
            return TRACEPARENT.equals(key) ? traceparent : null;
        }
    };

    private final Tracer tracer = GlobalOpenTelemetry.getTracer("kam.platform.messaging");

    /** The traceparent of the span current now, or null outside any trace. */
    public String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Starts the span of a consumer's handling of a record: a child of the record's traceparent, or a trace of its own
     * when it carries none. The caller makes it current and ends it.
     */
    Span handling(String consumer, ConsumerRecord<String, String> record, String eventType) {
        String traceparent = InboundEvents.header(record, TRACEPARENT);
        Context parent =
                traceparent == null ? Context.root() : W3C.extract(Context.root(), traceparent, ONE_TRACEPARENT);
        return tracer.spanBuilder(record.topic() + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("cloudevents.event_type", eventType)
                .startSpan();
    }
}
