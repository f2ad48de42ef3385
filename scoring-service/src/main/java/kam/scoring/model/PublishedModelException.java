package kam.scoring.model;

import java.util.List;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;

/** A published or retired model version never changes: a change is a new draft. */
public class PublishedModelException extends ProblemException {
    public PublishedModelException(UUID id) {
        super(409, "Conflict", "scoring model " + id + " is published; draft a new version to change it", List.of());
    }
}
