package kam.platform.messaging.jobs;

/** Where a job is: waiting for a worker, running, or ended one way or the other. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
}
