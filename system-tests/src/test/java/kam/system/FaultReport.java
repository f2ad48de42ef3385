package kam.system;

import java.time.Duration;
import java.util.List;

/**
 * One fault's line in the summary: the write load's writes, the changes they committed, and what became of each
 * change's event on the way to scoring.
 *
 * @param committed account versions committed during the load (a write whose answer was lost may still commit)
 * @param published distinct events published for those changes
 * @param redelivered records of an event already published (the same id again: at-least-once, deduplicated by the
 *     consumer's inbox)
 * @param consumed records the consumer group has read past
 * @param applied distinct events scoring applied
 * @param lost committed changes whose event scoring never applied
 * @param appliedTwice events scoring applied more than once
 * @param outOfOrder events published or applied after a later version of the same account
 * @param withoutChange events for no committed change, or a second distinct event for one change
 * @param recovery from the end of the fault to the last event applied
 */
record FaultReport(
        String fault,
        int attempted,
        int acknowledged,
        long committed,
        int published,
        int redelivered,
        int consumed,
        int applied,
        long lost,
        int appliedTwice,
        int outOfOrder,
        int withoutChange,
        Duration recovery) {

    static String table(List<FaultReport> reports) {
        StringBuilder table = new StringBuilder(
                "| fault | writes attempted | acknowledged | changes committed | events published | redelivered (same id)"
                        + " | consumed | applied | lost | applied twice | out of order | event without change"
                        + " | recovery |\n"
                        + "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (FaultReport r : reports) {
            table.append("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %.1f s |\n"
                    .formatted(
                            r.fault,
                            r.attempted,
                            r.acknowledged,
                            r.committed,
                            r.published,
                            r.redelivered,
                            r.consumed,
                            r.applied,
                            r.lost,
                            r.appliedTwice,
                            r.outOfOrder,
                            r.withoutChange,
                            r.recovery.toMillis() / 1000.0));
        }
        return table.toString();
    }

    /** Every committed change has exactly one event, applied once and in order; and no event stands for no change. */
    boolean exactlyOnceInOrder() {
        return committed > 0
                && published == committed
                && applied == committed
                && lost == 0
                && appliedTwice == 0
                && outOfOrder == 0
                && withoutChange == 0;
    }
}
