package kam.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The outbox's backlog, as operations alert on it: {@code kam_outbox_backlog} (rows Kafka has not yet acknowledged)
 * and {@code kam_outbox_oldest_unsent_seconds} (how long the oldest of them has waited), by topic, read every 10 s. An
 * oldest row older than a minute means the relay cannot publish: Kafka is down or refusing, or no replica holds it.
 * While the database cannot be reached the last reading stays.
 */
@ApplicationScoped
public class OutboxBacklog {
    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final AtomicLong unsent = new AtomicLong();
    private final AtomicLong oldestMillis = new AtomicLong();

    public OutboxBacklog(AgroalDataSource dataSource, Clock clock, OutboxSettings settings, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.clock = clock;
        Gauge.builder("kam.outbox.backlog", unsent, AtomicLong::get)
                .description("Outbox rows Kafka has not yet acknowledged")
                .tag("topic", settings.topic())
                .register(meters);
        Gauge.builder("kam.outbox.oldest.unsent", oldestMillis, millis -> millis.get() / 1000.0)
                .description("How long the oldest row Kafka has not yet acknowledged has waited")
                .baseUnit("seconds")
                .tag("topic", settings.topic())
                .register(meters);
    }

    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet backlog = statement.executeQuery(
                        "select count(*), min(occurred_at) from outbox_event where sent_at is null")) {
            backlog.next();
            unsent.set(backlog.getLong(1));
            Timestamp oldest = backlog.getTimestamp(2);
            oldestMillis.set(
                    oldest == null
                            ? 0
                            : Math.max(
                                    0,
                                    Duration.between(oldest.toInstant(), clock.instant())
                                            .toMillis()));
        } catch (SQLException e) {
            LOG.debugf("outbox backlog not measured: %s", e.getMessage());
        }
    }
}
