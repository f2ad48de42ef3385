package kam.platform.web.problem;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import kam.platform.web.json.StrictJson;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a path or query parameter holding U+0000 (sent as %00) before any resource sees it: PostgreSQL cannot take
 * it in a query, and searching, filtering or looking up by it failed with a 500.
 */
public class NulParameters {
    @ServerRequestFilter
    public Response refuseNul(UriInfo uri) {
        Response refused = refuse(uri.getPathParameters(), "path", uri);
        return refused != null ? refused : refuse(uri.getQueryParameters(), "query", uri);
    }

    private static Response refuse(MultivaluedMap<String, String> parameters, String in, UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.indexOf('\u0000') >= 0) {
                    return ProblemResponses.of(
                            400,
                            "Bad Request",
                            parameter.getKey() + ": " + StrictJson.NUL_MESSAGE,
                            ProblemMappers.path(uri),
                            List.of(new Problem.Violation(parameter.getKey(), in, StrictJson.NUL_MESSAGE)));
                }
            }
        }
        return null;
    }
}
