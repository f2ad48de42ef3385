package kam.platform.web.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import kam.platform.web.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes a create safe to retry: the first request with an {@code Idempotency-Key} runs, and its answer is kept with
 * the key in the same transaction; a replay gets that answer back and writes nothing; the same key with another body
 * is refused with 422. Two requests racing with one key meet on the key's primary key: the second waits for the
 * first to commit, then replays it. Resources do not call it: {@link Idempotent} on a method does, through
 * {@link IdempotentInterceptor}.
 */
@ApplicationScoped
public class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final Duration retention;
    private final Clock clock;

    public IdempotencyKeys(
            EntityManager entityManager,
            ObjectMapper json,
            SecurityIdentity identity,
            @ConfigProperty(name = "kam.idempotency.retention", defaultValue = "P1D") Duration retention,
            Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.identity = identity;
        this.retention = retention;
        this.clock = clock;
    }

    /**
     * Runs {@code create} once per key, inside the caller's transaction.
     *
     * @param key the client's Idempotency-Key header, or null to just run {@code create}
     * @param operation names what is created, for example {@code POST /api/v1/accounts}; a key is per operation and
     *     caller
     * @param request the request body, compared with the first request's
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response create(String key, String operation, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "header", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String scope = operation + " by " + caller();
        String fingerprint = fingerprint(request);
        int claimed = entityManager
                .createNativeQuery("insert into idempotency_key (scope, key, request_hash, created_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .setParameter(4, clock.instant())
                .executeUpdate();
        if (claimed == 1) {
            Response response = create.get();
            remember(scope, key, response);
            return response;
        }
        return replay(scope, key, fingerprint);
    }

    /** Keys are kept long enough for any sensible retry, then forgotten. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldKeys() {
        entityManager
                .createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, clock.instant().minus(retention))
                .executeUpdate();
    }

    private void remember(String scope, String key, Response response) {
        entityManager
                .createNativeQuery("update idempotency_key set status = ?1, location = ?2, etag = ?3, body = ?4"
                        + " where scope = ?5 and key = ?6")
                .setParameter(1, response.getStatus())
                .setParameter(2, header(response, HttpHeaders.LOCATION))
                .setParameter(3, header(response, HttpHeaders.ETAG))
                .setParameter(4, write(response.getEntity()))
                .setParameter(5, scope)
                .setParameter(6, key)
                .executeUpdate();
    }

    private Response replay(String scope, String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select request_hash, status, location, etag, body from idempotency_key"
                        + " where scope = ?1 and key = ?2")
                .setParameter(1, scope)
                .setParameter(2, key)
                .getResultList();
        Object[] first = rows.get(0);
        if (!fingerprint.equals(first[0])) {
            throw new ProblemException(
                    422,
                    "Unprocessable Content",
                    "this Idempotency-Key was used with another request body; use a new key for a new request",
                    List.of());
        }
        Response.ResponseBuilder answer =
                Response.status(((Number) first[1]).intValue()).header(REPLAYED_HEADER, "true");
        if (first[2] != null) {
            answer.header(HttpHeaders.LOCATION, first[2]);
        }
        if (first[3] != null) {
            answer.header(HttpHeaders.ETAG, first[3]);
        }
        if (first[4] != null) {
            answer.entity(first[4]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return answer.build();
    }

    private String caller() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private String write(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String text) {
            return text;
        }
        try {
            return new String(json.writeValueAsBytes(entity), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot keep the response for replay", e);
        }
    }

    private static String header(Response response, String name) {
        Object value = response.getHeaders().getFirst(name);
        return value == null ? null : value.toString();
    }
}
