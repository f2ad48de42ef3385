package kam.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.DurationConverter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.Collections;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The waits of the platform's shared defaults that must nest: each mechanism that waits for another must wait longer
 * than the other may take, or an outage longer than the shorter wait does harm the longer one was meant to prevent.
 */
class SharedTimeoutsTest {
    private static Properties shared;

    @BeforeAll
    static void sharedDefaults() throws IOException {
        for (URL url : Collections.list(
                SharedTimeoutsTest.class.getClassLoader().getResources("META-INF/microprofile-config.properties"))) {
            Properties properties = new Properties();
            try (InputStream in = url.openStream()) {
                properties.load(in);
            }
            if (properties.containsKey("kam.inbox.retry-for")) {
                shared = properties;
                return;
            }
        }
        throw new IllegalStateException("no shared defaults (platform/web) on the class path");
    }

    /**
     * The inbox holds a record while the database cannot be reached; SmallRye fails the whole channel, for good, when a
     * record stays unprocessed longer than its limit (60 s by its default): a longer outage would stop every consumer.
     */
    @Test
    void smallRyeWaitsLongerForARecordThanTheInboxWaitsForTheDatabase() {
        Duration inboxWaits = duration("kam.inbox.retry-for").plus(duration("kam.inbox.retry-delay"));

        assertThat(millis("mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms"))
                .isGreaterThan(inboxWaits);
    }

    /** The relay sends a row again once its wait is over: while the producer still tries it, that is a second copy. */
    @Test
    void theRelayWaitsLongerForAnAcknowledgementThanTheProducerTriesARecord() {
        Duration producerTries = millis("mp.messaging.outgoing.kam-outbox.delivery.timeout.ms");

        assertThat(duration("kam.outbox.ack-timeout")).isGreaterThan(producerTries);
        assertThat(producerTries).isGreaterThanOrEqualTo(millis("mp.messaging.outgoing.kam-outbox.request.timeout.ms"));
    }

    private static Duration duration(String key) {
        return DurationConverter.parseDuration(shared.getProperty(key));
    }

    private static Duration millis(String key) {
        return Duration.ofMillis(Long.parseLong(shared.getProperty(key)));
    }
}
