package kam.platform.web.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock every date rule reads, injected rather than called statically, so that tests can move time
 * (platform/testing's MovableClock takes this bean's place in tests).
 */
public class Clocks {
    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
