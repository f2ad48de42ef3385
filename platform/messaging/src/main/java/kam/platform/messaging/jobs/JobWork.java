package kam.platform.messaging.jobs;

/**
 * The work of a job. It runs on a worker thread as the user who started it (their identity, a request context of its
 * own) and opens the transactions it needs; it reports how far it got through {@link JobProgress}. What it returns is
 * the job's result, kept as JSON; a {@link kam.platform.web.problem.ProblemException} it throws is the job's problem.
 */
@FunctionalInterface
public interface JobWork<R> {
    R run(JobProgress progress) throws Exception;
}
