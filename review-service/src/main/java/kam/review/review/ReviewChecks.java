package kam.review.review;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import kam.platform.messaging.Outbox;
import kam.review.action.ActionItem;
import kam.review.action.ActionItemRepository;
import kam.review.cadence.Cadence;
import kam.review.cadence.CadencePolicy;
import kam.review.cadence.CadencePolicyRepository;
import kam.review.messaging.ReviewEvents;
import org.jboss.logging.Logger;

/**
 * What time alone changes, checked every {@code kam.review.check} (1 h by default): meetings past their day and the
 * policy's grace days without an outcome are missed; open action items past their due date are overdue (reported
 * once); and the cadence is booked as far ahead as the horizon, which moves with the days.
 */
@ApplicationScoped
public class ReviewChecks {
    private static final Logger LOG = Logger.getLogger(ReviewChecks.class);

    private final ReviewRepository reviews;
    private final ActionItemRepository actionItems;
    private final CadencePolicyRepository policies;
    private final Cadence cadence;
    private final Outbox outbox;
    private final Clock clock;

    public ReviewChecks(
            ReviewRepository reviews,
            ActionItemRepository actionItems,
            CadencePolicyRepository policies,
            Cadence cadence,
            Outbox outbox,
            Clock clock) {
        this.reviews = reviews;
        this.actionItems = actionItems;
        this.policies = policies;
        this.cadence = cadence;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What one run found. */
    public record Found(int missed, int overdue, int booked) {}

    @Scheduled(every = "${kam.review.check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One check, now; the scheduler calls it every {@code kam.review.check}. */
    @Transactional
    public Found run() {
        cadence.serialize();
        CadencePolicy.Settings policy = policies.current().settings();
        LocalDate today = cadence.today(policy);
        int missed = 0;
        for (Review review : reviews.scheduledBefore(today.minusDays(policy.missedAfterDays()))) {
            review.markMissed(clock.instant());
            outbox.publish(ReviewEvents.missed(review));
            missed++;
        }
        int overdue = 0;
        for (ActionItem item : actionItems.newlyOverdue(today)) {
            item.reportedOverdue(clock.instant());
            outbox.publish(ReviewEvents.overdue(item));
            overdue++;
        }
        int booked = cadence.extendAll();
        if (missed + overdue + booked > 0) {
            LOG.infof("review check: %d missed, %d action items overdue, %d meetings booked", missed, overdue, booked);
        }
        return new Found(missed, overdue, booked);
    }
}
