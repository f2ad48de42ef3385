package kam.platform.messaging.jobs;

import java.util.UUID;

/** How a job's work says how far it got; each call is visible to readers of the job at once. */
public interface JobProgress {
    /** The job this work runs as. */
    UUID jobId();

    /** The number of items in all (accounts, rows), once the work knows it. */
    void total(long items);

    /** This many more items are done. */
    void advance(long items);
}
