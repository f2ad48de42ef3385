package kam.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/** Bearer tokens for tests, signed with the test key pair whose public half the services trust under test. */
public final class TestTokens {
    public static final String ISSUER = "https://kam.test/issuer";
    public static final String PUBLIC_KEY_LOCATION = "kam-test-jwt/publicKey.pem";
    private static final String PRIVATE_KEY_LOCATION = "kam-test-jwt/privateKey.pem";

    private static PrivateKey privateKey;

    private TestTokens() {}

    /** A token for the user {@code userId} holding {@code roles}. */
    public static String token(String userId, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(userId)
                .upn(userId)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1))
                .sign(privateKey());
    }

    /** The value of an Authorization header for {@link #token}. */
    public static String bearer(String userId, String... roles) {
        return "Bearer " + token(userId, roles);
    }

    private static synchronized PrivateKey privateKey() {
        if (privateKey == null) {
            try {
                privateKey = KeyUtils.readPrivateKey(PRIVATE_KEY_LOCATION);
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the test signing key " + PRIVATE_KEY_LOCATION, e);
            }
        }
        return privateKey;
    }
}
