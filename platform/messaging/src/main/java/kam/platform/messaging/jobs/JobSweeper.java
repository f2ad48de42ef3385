package kam.platform.messaging.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kam.platform.web.problem.Problem;
import org.jboss.logging.Logger;

/**
 * Keeps the job table honest and small. Fails the jobs whose process stopped (their heartbeat is older than {@code kam.jobs.stale-after}), from the first
 * seconds of a start and every 15 s after: a job is never left running forever. Nothing such a job did is visible (a
 * publication's switch and an import are single transactions), so failing it is honest, and the user starts it again.
 * Jobs that ended are kept for {@code kam.jobs.retention}, then deleted.
 */
@ApplicationScoped
public class JobSweeper {
    private static final Logger LOG = Logger.getLogger(JobSweeper.class);

    private final JobStore store;
    private final JobRunner runner;
    private final JobSettings settings;
    private final Clock clock;

    public JobSweeper(JobStore store, JobRunner runner, JobSettings settings, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.settings = settings;
        this.clock = clock;
    }

    /** Deletes the jobs that ended longer ago than {@code kam.jobs.retention}. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void deleteEnded() {
        store.deleteEndedBefore(clock.instant().minus(settings.retention()));
    }

    @Scheduled(every = "15s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void failAbandoned() {
        Instant now = clock.instant();
        List<Job> abandoned = QuarkusTransaction.requiringNew()
                .call(() -> store.claimAbandoned(now.minus(settings.staleAfter()), now));
        for (Job job : abandoned) {
            LOG.warnf("job %s (%s) lost its process: failed", job.id(), job.kind());
            runner.end(
                    job,
                    JobStatus.FAILED,
                    null,
                    Problem.of(
                            503,
                            "Service Unavailable",
                            "the process running this job stopped before the job ended; nothing it did became"
                                    + " visible: start it again",
                            runner.location(job),
                            List.of()),
                    QuarkusTransaction.requiringNew());
        }
    }
}
