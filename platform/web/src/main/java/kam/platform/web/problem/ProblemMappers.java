package kam.platform.web.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kam.platform.web.DatabaseFailures;
import kam.platform.web.json.StrictJson;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem+json. No stack trace or class name ever reaches the client: an
 * unexpected failure is logged with an id that the answer quotes.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** What {@link StrictJson} refuses, said as it says it. */
    private static final Set<String> STRICT_MESSAGES = Set.of(StrictJson.NUL_MESSAGE, StrictJson.NOT_FINITE_MESSAGE);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.status(), e.title(), e.getMessage(), path(uri), e.violations());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(ProblemMappers::violation)
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail =
                violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return ProblemResponses.of(400, "Bad Request", detail, path(uri), violations);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return bodyProblem(bodyViolation(e), uri);
    }

    /** Named apart from {@link #unreadable} so that it outranks Quarkus' own mapper for this type. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e, UriInfo uri) {
        return bodyProblem(bodyViolation(e), uri);
    }

    /**
     * The field of a JSON body that could not be read, and why, in the client's words ({@code body} when the body
     * as a whole is wrong). Bulk imports name the rows of a file with it.
     */
    public static Problem.Violation bodyViolation(JsonMappingException e) {
        String path = jsonPath(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            // Some readers report the path only down to the object that holds the unknown field.
            String name = unknown.getPropertyName();
            String field = path.equals(name) || path.endsWith("." + name)
                    ? path
                    : path.equals("body") ? name : path + "." + name;
            return new Problem.Violation(field, "body", "unknown field");
        }
        String message =
                e instanceof InvalidFormatException invalid && STRICT_MESSAGES.contains(invalid.getOriginalMessage())
                        ? invalid.getOriginalMessage()
                        : "cannot be read as " + targetType(e);
        return new Problem.Violation(path, "body", message);
    }

    private static Response bodyProblem(Problem.Violation violation, UriInfo uri) {
        return ProblemResponses.of(
                400, "Bad Request", violation.field() + ": " + violation.message(), path(uri), List.of(violation));
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        return ProblemResponses.of(400, "the body is not well-formed JSON", path(uri));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(403, "your roles do not allow this", path(uri));
    }

    /** Two writers raced past the If-Match check; the loser's version is stale now. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(Exception e, UriInfo uri) {
        return ProblemResponses.of(412, "the resource changed meanwhile; read it again and retry", path(uri));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps some of Jackson's failures; answer them as precisely as the unwrapped ones.
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e.getCause() instanceof JsonMappingException unreadable) {
            return unreadable(unreadable, uri);
        }
        if (e.getCause() instanceof JsonParseException malformed) {
            return malformed(malformed, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.ResponseBuilder answer = Response.fromResponse(ProblemResponses.of(status, detail(status), path(uri)));
        copyHeader(original, answer, HttpHeaders.ALLOW);
        copyHeader(original, answer, HttpHeaders.WWW_AUTHENTICATE);
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.unreachable(e)) {
            // Nothing was written (the transaction never began or rolled back): the client may simply retry.
            LOG.warnf("database unreachable on %s: %s", path(uri), e.toString());
            return Response.fromResponse(ProblemResponses.of(
                            503,
                            "Service Unavailable",
                            "the service cannot reach its database; nothing was changed, retry shortly",
                            path(uri),
                            List.of()))
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "incident %s on %s", incident, path(uri));
        return ProblemResponses.of(
                500, "Internal Server Error", "unexpected failure; incident " + incident, path(uri), List.of());
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(ProblemResponses.of(401, "a valid bearer token is required", path(uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "nothing lives at this path";
            case 405 -> "this path does not take that method";
            case 406 -> "cannot answer in the media type asked for";
            case 415 -> "this media type is not accepted here";
            default -> "the request cannot be served as sent";
        };
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }

    static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /**
     * A resource method's parameter path ({@code create.request.name}) names the method and the Java parameter; the
     * client knows the body's field ({@code name}) or the query parameter ({@code limit}).
     */
    public static Problem.Violation violation(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // Bean Validation puts an element's index on the node that follows its container.
            if (node.isInIterable()) {
                field.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        boolean inBody = field.length() > 0;
        String name = inBody ? field.toString() : parameter == null ? "body" : parameter;
        return new Problem.Violation(name, inBody ? "body" : "query", violation.getMessage());
    }

    private static String jsonPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    /** Says what was expected in the client's words, never a Java class name. */
    private static String targetType(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return "the expected type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class) {
            return "text";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "an ISO-8601 instant";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
