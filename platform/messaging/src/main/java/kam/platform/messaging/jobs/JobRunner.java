package kam.platform.messaging.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.context.Context;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionRunnerOptions;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kam.platform.events.job.JobFinished;
import kam.platform.messaging.Outbox;
import kam.platform.web.problem.Problem;
import kam.platform.web.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Runs jobs, on a few worker threads of its own (each as the user who started it) or in the thread of the request,
 * and ends each in one transaction with its job-finished event. While it runs a job it keeps its heartbeat: {@link JobSweeper} fails the jobs whose
 * process stopped.
 */
@ApplicationScoped
public class JobRunner {
    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final JobStore store;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;
    private final JobSettings settings;
    private final CurrentIdentityAssociation identities;
    private final ExecutorService workers;
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    public JobRunner(
            JobStore store,
            Outbox outbox,
            ObjectMapper json,
            Clock clock,
            JobSettings settings,
            CurrentIdentityAssociation identities) {
        this.store = store;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
        this.identities = identities;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.workers(), work -> {
            Thread thread = new Thread(work, "kam-job-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the work on a worker, as {@code as}. */
    <R> void submit(Job job, SecurityIdentity as, JobWork<R> work) {
        running.add(job.id());
        // The job goes on with the trace of the request that started it: its events carry that trace on.
        workers.execute(Context.current().wrap(() -> {
            ManagedContext request = Arc.container().requestContext();
            request.activate();
            try {
                identities.setIdentity(as);
                execute(job, work, QuarkusTransaction.requiringNew(), false);
            } catch (RuntimeException e) {
                // Told in the job; a worker has no one else to tell.
            } finally {
                request.terminate();
            }
        }));
    }

    /**
     * Runs the work in this thread, as this request's caller; a success ends the job in the caller's transaction, if
     * there is one, so that the job says succeeded exactly when what the work wrote commits. A failure is the
     * request's answer, and leaves nothing behind: no job, no event, as any refused request.
     */
    <R> R runHere(Job job, JobWork<R> work) {
        running.add(job.id());
        return execute(job, work, QuarkusTransaction.joiningExisting(), true);
    }

    private <R> R execute(Job job, JobWork<R> work, TransactionRunnerOptions successIn, boolean answered) {
        StoredProgress progress = new StoredProgress(job);
        try {
            store.running(job.id(), clock.instant());
            R result = work.run(progress);
            progress.write(true);
            end(job, JobStatus.SUCCEEDED, write(result), null, successIn);
            return result;
        } catch (Exception e) {
            Problem problem = problemOf(job, e);
            if (problem.status() >= 500) {
                LOG.errorf(e, "job %s (%s) failed", job.id(), job.kind());
            }
            try {
                if (answered) {
                    store.forget(job.id());
                } else {
                    progress.write(true);
                    // Whatever transaction the work ran in is rolled back: the failure is told in one of its own.
                    end(job, JobStatus.FAILED, null, problem, QuarkusTransaction.requiringNew());
                }
            } catch (RuntimeException untold) {
                // The work's own failure is what the caller must hear; the sweep fails the job later.
                LOG.errorf(untold, "job %s (%s) failed and could not be marked so", job.id(), job.kind());
                e.addSuppressed(untold);
            }
            throw e instanceof RuntimeException runtime ? runtime : new CompletionException(e);
        } finally {
            running.remove(job.id());
        }
    }

    /** Ends a job, in the transaction {@code in} gives, with its job-finished event. */
    void end(Job job, JobStatus status, String result, Problem problem, TransactionRunnerOptions in) {
        in.run(() -> {
            Instant now = clock.instant();
            store.finish(job.id(), status, result, problem == null ? null : write(problem), now);
            Job ended = store.find(job.id()).orElseThrow();
            outbox.publish(new JobFinished(
                    ended.id(),
                    ended.kind(),
                    status.name(),
                    ended.subject(),
                    ended.startedBy(),
                    ended.queuedAt(),
                    now,
                    ended.done(),
                    ended.total(),
                    location(ended),
                    problem == null
                            ? null
                            : new JobFinished.Failure(problem.status(), problem.title(), problem.detail())));
        });
    }

    String location(Job job) {
        return settings.path().orElseThrow(() -> new IllegalStateException("kam.jobs.path is not set")) + "/"
                + job.id();
    }

    /** Says this process still runs its jobs, so that no replica takes them for abandoned. */
    @Scheduled(every = "${kam.jobs.heartbeat:PT10S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        store.heartbeat(List.copyOf(running), clock.instant());
    }

    @PreDestroy
    void stop() {
        // A job cut short rolls back its open transaction; the sweep of the next start fails it.
        workers.shutdownNow();
    }

    private Problem problemOf(Job job, Exception e) {
        String instance = location(job);
        if (e instanceof ProblemException problem) {
            return Problem.of(problem.status(), problem.title(), problem.getMessage(), instance, problem.violations());
        }
        if (e instanceof WebApplicationException web) {
            var status = web.getResponse().getStatusInfo();
            return Problem.of(status.getStatusCode(), status.getReasonPhrase(), web.getMessage(), instance, List.of());
        }
        return Problem.of(
                500,
                "Internal Server Error",
                "the job failed unexpectedly; the service's log has its id",
                instance,
                List.of());
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a job's outcome", e);
        }
    }

    /** Progress written as it comes, at most about four times a second, and always when the work is done. */
    private final class StoredProgress implements JobProgress {
        private final Job job;
        private final AtomicLong done = new AtomicLong();
        private volatile Long total;
        private volatile long writtenAt;

        StoredProgress(Job job) {
            this.job = job;
        }

        @Override
        public UUID jobId() {
            return job.id();
        }

        @Override
        public void total(long items) {
            total = items;
            write(true);
        }

        @Override
        public void advance(long items) {
            done.addAndGet(items);
            write(total != null && done.get() >= total);
        }

        void write(boolean now) {
            long at = System.nanoTime();
            if (now || at - writtenAt > 250_000_000L) {
                writtenAt = at;
                store.progress(job.id(), done.get(), total, clock.instant());
            }
        }
    }
}
