package kam.scoring.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kam.platform.web.problem.Problem;
import kam.platform.web.problem.ProblemResponses;
import kam.scoring.rules.RuleViolation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A scoring rule that a request breaks is bad input: 400 naming the field the rule names. */
public class RuleViolations {

    @ServerExceptionMapper
    public Response broken(RuleViolation e, UriInfo uri) {
        return ProblemResponses.of(
                400,
                "Bad Request",
                e.field() + ": " + e.getMessage(),
                "/" + uri.getPath().replaceFirst("^/", ""),
                List.of(new Problem.Violation(e.field(), "body", e.getMessage())));
    }
}
