package kam.review.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kam.platform.web.problem.ProblemResponses;
import kam.review.review.ReviewStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A change the meeting's status does not allow: 409, saying the status and what to do instead. */
public class ReviewConflicts {

    @ServerExceptionMapper
    public Response notAllowed(ReviewStateException e, UriInfo uri) {
        return ProblemResponses.of(
                409, "Conflict", e.getMessage(), "/" + uri.getPath().replaceFirst("^/", ""), List.of());
    }
}
