package kam.platform.web.problem;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Builds problem+json answers. */
public final class ProblemResponses {
    private static final URI BLANK = URI.create("about:blank");

    private ProblemResponses() {}

    public static Response of(
            int status, String title, String detail, String path, List<Problem.Violation> violations) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(BLANK, title, status, detail, path, violations))
                .build();
    }

    public static Response of(int status, String detail, String path) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return of(status, title, detail, path, List.of());
    }
}
