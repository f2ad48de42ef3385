package kam.platform.web.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every date rule reads, injected rather than called statically, so that tests can move time
 * (platform/testing's MovableClock takes this bean's place in tests). {@code kam.clock.offset} (an ISO-8601 duration,
 * zero by default) runs a whole process ahead: the system tests restart a service 40 days later to see what time
 * alone changes. Never set it in production.
 */
public class Clocks {
    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "kam.clock.offset", defaultValue = "PT0S") Duration offset) {
        return offset.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), offset);
    }
}
