package kam.review.report;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import kam.platform.events.review.QuarterlyResultsPublished;
import kam.platform.messaging.Outbox;
import kam.platform.web.problem.ProblemException;
import kam.review.cadence.Cadence;

/**
 * Publishes a quarter's results once the quarter is over: the edition is kept as composed, and the organisation is
 * told through kam.quarterly-results-published. A quarter may be published again (a correction): a new edition.
 */
@ApplicationScoped
public class ResultsPublishing {
    private final QuarterlyReports reports;
    private final PublishedResultsRepository published;
    private final Cadence cadence;
    private final Outbox outbox;
    private final SecurityIdentity caller;
    private final Clock clock;

    public ResultsPublishing(
            QuarterlyReports reports,
            PublishedResultsRepository published,
            Cadence cadence,
            Outbox outbox,
            SecurityIdentity caller,
            Clock clock) {
        this.reports = reports;
        this.published = published;
        this.cadence = cadence;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PublishedResults publish(Quarter quarter) {
        if (!cadence.today().isAfter(quarter.to())) {
            throw ProblemException.unprocessable(
                    "quarter", quarter + " ends on " + quarter.to() + "; its results are published after that");
        }
        QuarterlyResults results = reports.compose(quarter);
        int edition = published.editionsOf(quarter.toString()).size() + 1;
        PublishedResults kept =
                PublishedResults.of(results, edition, caller.getPrincipal().getName(), clock.instant());
        published.persist(kept);
        outbox.publish(new QuarterlyResultsPublished(
                kept.id(),
                quarter.toString(),
                edition,
                quarter.from(),
                quarter.to(),
                results.totals().accounts(),
                results.totals().reviewsHeld(),
                results.totals().reviewsMissed(),
                results.totals().actionItemsClosedWithinThirtyDaysShare(),
                results.concentration().top20Share(),
                results.concentration().herfindahlHirschman(),
                kept.publishedBy()));
        return kept;
    }
}
