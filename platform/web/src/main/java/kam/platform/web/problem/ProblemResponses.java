package kam.platform.web.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json answers. */
public final class ProblemResponses {
    private ProblemResponses() {}

    public static Response of(
            int status, String title, String detail, String path, List<Problem.Violation> violations) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, detail, path, violations))
                .build();
    }

    public static Response of(int status, String detail, String path) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return of(status, title, detail, path, List.of());
    }
}
