package kam.platform.messaging.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import kam.platform.messaging.TolerantEventJson;
import kam.platform.web.paging.Page;
import kam.platform.web.problem.Problem;
import kam.platform.web.problem.ProblemException;
import kam.platform.web.security.Roles;

/**
 * Long work as jobs, for every service: a request starts the work and answers 202 with the job's Location when the
 * client prefers (RFC 7240 {@code Prefer: respond-async}); otherwise it runs the job itself and answers as it always
 * did.
 * Either way the work runs as a job: it can be followed, it holds no request open when asked not to, and one of a kind
 * runs at a time where the kind says so. A job is read by whoever started it and by kam-admins.
 */
@ApplicationScoped
public class Jobs {
    /** The RFC 7240 preference for an answer before the work is done. */
    public static final String RESPOND_ASYNC = "respond-async";

    /** How the {@code Prefer} header of a request that starts a job is documented. */
    public static final String PREFER = "respond-async (RFC 7240): answer 202 at once with the job in Location, and"
            + " follow it there; without it the request waits for the work and answers as the work does.";

    private static final ObjectMapper STORED = TolerantEventJson.reader();

    private final JobStore store;
    private final JobRunner runner;
    private final SecurityIdentity caller;
    private final Clock clock;

    public Jobs(JobStore store, JobRunner runner, SecurityIdentity caller, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.caller = caller;
        this.clock = clock;
    }

    /** What a job does: its kind, what it is about, and the key of which only one job may be unfinished at a time. */
    public record Request(String kind, String subject, String exclusiveKey) {
        public static Request of(String kind) {
            return new Request(kind, null, null);
        }
    }

    /**
     * Runs the work as a job. When the request prefers {@code respond-async}: 202 with the job, the work handed to a
     * worker. Otherwise the work runs here, in the request's thread and transaction (an import commits with its
     * Idempotency-Key, as it always did), and the answer is {@code answer} of its result, or the failure it threw.
     */
    public <R> Response run(String prefer, Request request, JobWork<R> work, Function<R, Response> answer) {
        Job job = queue(request);
        if (prefersAsync(prefer)) {
            // The worker runs as the caller after this request is gone: a copy of the identity, not the proxy.
            runner.submit(job, QuarkusSecurityIdentity.builder(caller).build(), work);
            return accepted(job);
        }
        return answer.apply(runner.runHere(job, work));
    }

    /** As {@link #run(String, Request, JobWork, Function)}, answering 200 with the result: an import. */
    public <R> Response run(String prefer, Request request, JobWork<R> work) {
        return run(prefer, request, work, result -> Response.ok(result).build());
    }

    /** Queues a job; 409 naming the unfinished job that holds the request's key. */
    private Job queue(Request request) {
        Job job = new Job(
                UUID.randomUUID(),
                request.kind(),
                request.subject(),
                JobStatus.QUEUED,
                caller.getPrincipal().getName(),
                clock.instant(),
                null,
                null,
                null,
                0,
                null,
                null,
                null);
        store.queueUnlessRunning(job, request.exclusiveKey()).ifPresent(running -> {
            throw ProblemException.conflict("a " + running.kind() + " is already under way: job " + running.id() + " ("
                    + runner.location(running) + "), started by " + running.startedBy() + "; follow it, or start"
                    + " again once it ended");
        });
        return job;
    }

    /** 202: the work goes on; Location names the job to follow. */
    private Response accepted(Job job) {
        return Response.accepted(describe(job))
                .location(URI.create(runner.location(job)))
                .header("Preference-Applied", RESPOND_ASYNC)
                .header("Retry-After", "1")
                .build();
    }

    /** The job, to whoever started it or a kam-admin; 404 when unknown, 403 for anyone else. */
    public JobResponse get(UUID id) {
        Job job = store.find(id).orElseThrow(() -> ProblemException.notFound("job", id));
        if (!caller.hasRole(Roles.KAM_ADMIN)
                && !job.startedBy().equals(caller.getPrincipal().getName())) {
            throw ProblemException.forbidden(
                    "job " + id + " was started by someone else; only they and kam-admins may follow it");
        }
        return describe(job);
    }

    /** Jobs newest first: a kam-admin's are everyone's, anyone else's their own. */
    public Page<JobResponse> list(JobStatus status, String kind, String cursor, int limit) {
        String startedBy =
                caller.hasRole(Roles.KAM_ADMIN) ? null : caller.getPrincipal().getName();
        Job after = cursor == null
                ? null
                : store.find(cursorId(cursor))
                        .orElseThrow(() -> ProblemException.invalid(
                                "cursor", "query", "names a job that no longer exists: start from the first page"));
        List<Job> jobs = store.newestFirst(startedBy, status, kind, after, limit + 1);
        List<Job> kept = jobs.subList(0, Math.min(limit, jobs.size()));
        String next = jobs.size() > limit ? kept.get(kept.size() - 1).id().toString() : null;
        return new Page<>(kept.stream().map(this::describe).toList(), next);
    }

    /**
     * Whether a {@code Prefer} header (its values joined by commas, as JAX-RS gives them) asks for respond-async; a
     * preference's own parameters (after a semicolon) do not matter.
     */
    public static boolean prefersAsync(String prefer) {
        return prefer != null
                && Arrays.stream(prefer.split(","))
                        .map(preference -> preference.split(";", 2)[0].trim())
                        .anyMatch(RESPOND_ASYNC::equalsIgnoreCase);
    }

    private JobResponse describe(Job job) {
        return new JobResponse(
                job.id(),
                job.kind(),
                job.status(),
                job.subject(),
                job.startedBy(),
                job.queuedAt(),
                job.startedAt(),
                job.finishedAt(),
                job.done(),
                job.total(),
                job.estimatedEnd(clock.instant()),
                read(job.result(), JsonNode.class),
                read(job.problem(), Problem.class));
    }

    private <T> T read(String text, Class<T> type) {
        if (text == null) {
            return null;
        }
        try {
            // What the job itself wrote, read back as it was written: the wire's strict reader would refuse, for one,
            // the U+0000 a problem quotes from the bad input it is about.
            return STORED.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job's stored outcome cannot be read", e);
        }
    }

    private static UUID cursorId(String cursor) {
        try {
            return UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "query", "is not a cursor this list gave");
        }
    }
}
