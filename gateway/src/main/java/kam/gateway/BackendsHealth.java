package kam.gateway;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The backends as the gateway sees them, for people: {@code /q/health/group/backends} on the management port, one
 * entry per backend with each replica's circuit and readiness. It is a group of its own and never the gateway's
 * readiness: one backend down leaves the others' routes answering, so the gateway keeps taking traffic.
 */
@HealthGroup("backends")
@ApplicationScoped
public class BackendsHealth implements HealthCheck {
    private final Backends backends;

    public BackendsHealth(Backends backends) {
        this.backends = backends;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("backends").up();
        for (Backend backend : backends.all()) {
            String replicas = backend.replicas().stream()
                    .map(replica -> replica.url() + " circuit "
                            + replica.state().name().toLowerCase() + ", readiness " + replica.readiness())
                    .collect(Collectors.joining("; "));
            response.withData(backend.name(), (backend.up() ? "UP: " : "DOWN: ") + replicas);
            if (!backend.up()) {
                response.down();
            }
        }
        return response.build();
    }
}
