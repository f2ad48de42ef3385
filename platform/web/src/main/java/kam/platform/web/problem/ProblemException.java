package kam.platform.web.problem;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/**
 * A failure that the client can act on, answered as problem+json with its status. Throw it from any layer; the
 * transaction rolls back and nothing is half-written.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public ProblemException(Status status, String detail) {
        this(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Status.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Status.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Status.FORBIDDEN, detail);
    }

    /** 400 naming one wrong field. */
    public static ProblemException invalid(String field, String in, String message) {
        return new ProblemException(
                400, "Bad Request", field + ": " + message, List.of(new Problem.Violation(field, in, message)));
    }

    /** 422: well-formed, but breaks a rule of the domain. */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(
                422, "Unprocessable Content", message, List.of(new Problem.Violation(field, "body", message)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
