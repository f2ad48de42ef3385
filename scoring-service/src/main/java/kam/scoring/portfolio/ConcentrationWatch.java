package kam.scoring.portfolio;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import kam.scoring.score.Rescoring;

/**
 * Runs the portfolio's concentration check at most once a period, after the account events that may move it. The
 * check reads every active account: run for each event, it was most of scoring's time, and a burst of new accounts
 * (the benchmark's S3, 200 a second) kept scoring busy for minutes afterwards, taking the CPU the writes needed. An
 * alert now comes up to a period after the event that raised it.
 */
@ApplicationScoped
public class ConcentrationWatch {
    /** Due at start too: an event committed just before the last stop may not have been checked. */
    private final AtomicBoolean due = new AtomicBoolean(true);

    private final PortfolioConcentration concentration;
    private final Rescoring rescoring;

    public ConcentrationWatch(PortfolioConcentration concentration, Rescoring rescoring) {
        this.concentration = concentration;
        this.rescoring = rescoring;
    }

    /** Marks the figures as possibly moved; called under the portfolio lock, by the transaction that moved them. */
    public void changed() {
        due.set(true);
    }

    @Scheduled(every = "${kam.scoring.concentration-check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkIfDue() {
        if (!due.get()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                rescoring.serialize();
                // Cleared under the lock: every transaction that marked it has committed, so the check sees them all.
                if (due.getAndSet(false)) {
                    concentration.alertOnNewFlags();
                }
            });
        } catch (RuntimeException e) {
            due.set(true);
            throw e;
        }
    }
}
