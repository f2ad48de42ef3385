package kam.planning.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kam.planning.plan.Plan;
import kam.planning.plan.Transition;
import kam.platform.web.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A move the plan's state does not allow, or an edit of a plan that is not a draft: 409, saying what is allowed or
 * how to change an approved plan (start a revision).
 */
public class PlanConflicts {

    @ServerExceptionMapper
    public Response illegalMove(Transition.IllegalTransitionException e, UriInfo uri) {
        return conflict(e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response notADraft(Plan.NotADraftException e, UriInfo uri) {
        return conflict(e.getMessage(), uri);
    }

    private static Response conflict(String detail, UriInfo uri) {
        return ProblemResponses.of(409, "Conflict", detail, "/" + uri.getPath().replaceFirst("^/", ""), List.of());
    }
}
