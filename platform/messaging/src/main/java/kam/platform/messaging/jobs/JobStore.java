package kam.platform.messaging.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kam.platform.web.TransactionLocks;

/** The job table, in SQL: the platform's tables are not entities of the services that hold them. */
@ApplicationScoped
public class JobStore {
    private static final String COLUMNS = "id, kind, subject, status, started_by, queued_at, started_at, finished_at,"
            + " heartbeat_at, done, total, result, problem";

    private final EntityManager entityManager;

    public JobStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Queues a job; with an exclusive key, returns the unfinished job holding the key instead, if there is one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Job> queueUnlessRunning(Job job, String exclusiveKey) {
        if (exclusiveKey != null) {
            TransactionLocks.exclusive(entityManager, "kam.jobs:" + exclusiveKey);
            Optional<Job> running = first(select("where exclusive_key = ?1 and status in ('QUEUED', 'RUNNING')")
                    .setParameter(1, exclusiveKey));
            if (running.isPresent()) {
                return running;
            }
        }
        entityManager
                .createNativeQuery("insert into job (id, kind, subject, exclusive_key, status, started_by, queued_at,"
                        + " heartbeat_at) values (?1, ?2, ?3, ?4, 'QUEUED', ?5, ?6, ?6)")
                .setParameter(1, job.id())
                .setParameter(2, job.kind())
                .setParameter(3, job.subject())
                .setParameter(4, exclusiveKey)
                .setParameter(5, job.startedBy())
                .setParameter(6, job.queuedAt())
                .executeUpdate();
        return Optional.empty();
    }

    @Transactional
    public Optional<Job> find(UUID id) {
        return first(select("where id = ?1").setParameter(1, id));
    }

    /** A page of jobs, newest first, after the job {@code after} names; those of one user when {@code startedBy}. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Job> newestFirst(String startedBy, JobStatus status, String kind, Job after, int limit) {
        StringBuilder where = new StringBuilder("where (cast(:startedBy as text) is null or started_by = :startedBy)"
                + " and (cast(:status as text) is null or status = :status)"
                + " and (cast(:kind as text) is null or kind = :kind)");
        if (after != null) {
            where.append(" and (queued_at, id) < (:afterQueuedAt, :afterId)");
        }
        var query = select(where + " order by queued_at desc, id desc limit :limit")
                .setParameter("startedBy", startedBy)
                .setParameter("status", status == null ? null : status.name())
                .setParameter("kind", kind)
                .setParameter("limit", limit);
        if (after != null) {
            query.setParameter("afterQueuedAt", after.queuedAt()).setParameter("afterId", after.id());
        }
        return ((List<Object[]>) query.getResultList())
                .stream().map(JobStore::job).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void running(UUID id, Instant now) {
        entityManager
                .createNativeQuery("update job set status = 'RUNNING', started_at = coalesce(started_at, ?2),"
                        + " heartbeat_at = ?2 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, now)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID id, long done, Long total, Instant now) {
        entityManager
                .createNativeQuery("update job set done = ?2, total = coalesce(?3, total), heartbeat_at = ?4"
                        + " where id = ?1 and status = 'RUNNING'")
                .setParameter(1, id)
                .setParameter(2, done)
                .setParameter(3, total)
                .setParameter(4, now)
                .executeUpdate();
    }

    /** Ends the job, in the caller's transaction (which also writes its job-finished event). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finish(UUID id, JobStatus status, String result, String problem, Instant now) {
        entityManager
                .createNativeQuery("update job set status = ?2, result = ?3, problem = ?4,"
                        + " finished_at = ?5, heartbeat_at = ?5 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, status.name())
                .setParameter(3, result)
                .setParameter(4, problem)
                .setParameter(5, now)
                .executeUpdate();
    }

    /** Deletes a job, as if it had never been. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(UUID id) {
        entityManager
                .createNativeQuery("delete from job where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    /** Deletes the jobs that ended before {@code before}; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteEndedBefore(Instant before) {
        return entityManager
                .createNativeQuery("delete from job where status in ('SUCCEEDED', 'FAILED') and finished_at < ?1")
                .setParameter(1, before)
                .executeUpdate();
    }

    /** Says that this process still runs these jobs. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void heartbeat(List<UUID> ids, Instant now) {
        touch(ids, now);
    }

    /**
     * Takes the unfinished jobs no process has spoken for since {@code before}, locking them so that only one
     * replica handles each; their heartbeat moves to {@code now}, which claims them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Job> claimAbandoned(Instant before, Instant now) {
        List<Job> abandoned = ((List<Object[]>) select("where status in ('QUEUED', 'RUNNING') and heartbeat_at < ?1"
                                + " for update skip locked")
                        .setParameter(1, before)
                        .getResultList())
                .stream().map(JobStore::job).toList();
        touch(abandoned.stream().map(Job::id).toList(), now);
        return abandoned;
    }

    /** Moves the heartbeat of these jobs, those still unfinished, to {@code now}; in the caller's transaction. */
    private void touch(List<UUID> ids, Instant now) {
        if (!ids.isEmpty()) {
            entityManager
                    .createNativeQuery("update job set heartbeat_at = ?2 where id in (?1) and status in ('QUEUED',"
                            + " 'RUNNING')")
                    .setParameter(1, ids)
                    .setParameter(2, now)
                    .executeUpdate();
        }
    }

    private jakarta.persistence.Query select(String rest) {
        return entityManager.createNativeQuery("select " + COLUMNS + " from job " + rest);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Job> first(jakarta.persistence.Query query) {
        return ((List<Object[]>) query.getResultList()).stream().findFirst().map(JobStore::job);
    }

    private static Job job(Object[] row) {
        return new Job(
                (UUID) row[0],
                (String) row[1],
                (String) row[2],
                JobStatus.valueOf((String) row[3]),
                (String) row[4],
                instant(row[5]),
                instant(row[6]),
                instant(row[7]),
                instant(row[8]),
                ((Number) row[9]).longValue(),
                row[10] == null ? null : ((Number) row[10]).longValue(),
                (String) row[11],
                (String) row[12]);
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
