package kam.gateway;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies bearer tokens as the services do (the same issuer and key source, mp.jwt.verify.*): a bad or missing
 * token never reaches a backend. A verified token is remembered until it expires, so a client's later requests cost
 * a map lookup instead of a signature check; the first check runs off the event loop, since fetching a JWKS blocks.
 */
@ApplicationScoped
public class Tokens {
    private static final int MAX_REMEMBERED = 50_000;

    private final JWTParser parser;
    private final Vertx vertx;
    private final Map<String, Caller> verified = new ConcurrentHashMap<>();

    /** Who is calling: the token's subject, and the client the rate limit counts against. */
    public record Caller(String subject, String client, long expiresAtSeconds) {}

    /** A token that is missing, malformed, badly signed, from another issuer or expired. */
    public static class InvalidTokenException extends RuntimeException {
        public InvalidTokenException(String message) {
            super(message, null, false, false);
        }
    }

    public Tokens(JWTParser parser, Vertx vertx) {
        this.parser = parser;
        this.vertx = vertx;
    }

    public Future<Caller> verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Future.failedFuture(new InvalidTokenException("send a bearer token in Authorization"));
        }
        String token = authorization.substring(7).strip();
        long now = System.currentTimeMillis() / 1000;
        Caller known = verified.get(token);
        if (known != null && known.expiresAtSeconds() > now) {
            return Future.succeededFuture(known);
        }
        return vertx.executeBlocking(() -> parse(token), false);
    }

    private Caller parse(String token) {
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException e) {
            throw new InvalidTokenException("the bearer token is not valid here: it is malformed, expired, or not"
                    + " signed by the platform's issuer");
        }
        String client = firstOf(jwt.getClaim("azp"), jwt.getClaim("client_id"), jwt.getSubject(), jwt.getName());
        Caller caller = new Caller(firstOf(jwt.getSubject(), jwt.getName()), client, jwt.getExpirationTime());
        if (verified.size() >= MAX_REMEMBERED) {
            long now = System.currentTimeMillis() / 1000;
            verified.values().removeIf(c -> c.expiresAtSeconds() <= now);
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(token, caller);
        return caller;
    }

    private static String firstOf(Object... values) {
        for (Object value : values) {
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return "anonymous";
    }
}
