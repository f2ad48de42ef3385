package kam.gateway;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.KeyLocationResolver;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway is ready when it can verify tokens: the keys of mp.jwt.verify.* load (a PEM file, or the OIDC
 * provider's JWKS). That is the gateway's own state; the backends' is {@link BackendsHealth}'s, never readiness. Once
 * loaded the check is not repeated: the token parser refreshes a JWKS by itself.
 */
@Readiness
@ApplicationScoped
public class VerificationKeysReadiness implements HealthCheck {
    private final JWTAuthContextInfo keys;
    private volatile boolean loaded;

    public VerificationKeysReadiness(JWTAuthContextInfo keys) {
        this.keys = keys;
    }

    @Override
    public HealthCheckResponse call() {
        if (!loaded) {
            try {
                new KeyLocationResolver(keys);
                loaded = true;
            } catch (Exception e) {
                return HealthCheckResponse.named("verification-keys")
                        .down()
                        .withData("location", String.valueOf(keys.getPublicKeyLocation()))
                        .withData("error", String.valueOf(e.getMessage()))
                        .build();
            }
        }
        return HealthCheckResponse.named("verification-keys")
                .up()
                .withData("location", String.valueOf(keys.getPublicKeyLocation()))
                .build();
    }
}
