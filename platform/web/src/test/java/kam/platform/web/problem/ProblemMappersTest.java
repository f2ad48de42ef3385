package kam.platform.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void anUnexpectedFailureShowsNeitherItsMessageNorItsClass() {
        Response response = new ProblemMappers()
                .unexpected(new IllegalStateException("password=hunter2 at com.example.Secret"), null);

        assertEquals(500, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        String shown = problem.title() + " " + problem.detail();
        assertFalse(shown.contains("hunter2"), shown);
        assertFalse(shown.contains("IllegalStateException"), shown);
        assertFalse(shown.contains("com.example"), shown);
        assertTrue(problem.detail().startsWith("unexpected failure; incident "), shown);
    }

    @Test
    void aDomainProblemKeepsItsStatusAndViolations() {
        Response response = new ProblemMappers()
                .problem(ProblemException.unprocessable("parentAccountId", "no such account"), null);

        Problem problem = (Problem) response.getEntity();
        assertEquals(422, problem.status());
        assertEquals("parentAccountId", problem.violations().get(0).field());
    }
}
