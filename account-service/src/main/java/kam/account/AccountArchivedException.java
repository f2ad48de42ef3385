package kam.account;

import java.util.List;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;

/** An archived account is read-only. */
public class AccountArchivedException extends ProblemException {
    public AccountArchivedException(UUID id) {
        super(409, "Conflict", "account " + id + " is archived and cannot change", List.of());
    }
}
