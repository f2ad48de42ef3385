package kam.review.action;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The share of action items closed within 30 days of the review that raised them. An item counts once its 30 days
 * are over or it is closed; one still open inside its window is not judged yet.
 */
public final class ClosingShare {
    private ClosingShare() {}

    /** What was judged and how it went, as of a day. */
    public record Figures(int judged, int closedWithinWindow) {
        /** 0..1, or null when nothing could be judged. */
        public Double share() {
            return judged == 0 ? null : closedWithinWindow / (double) judged;
        }
    }

    public static Figures of(Collection<ActionItem> items, LocalDate asOf) {
        int judged = 0;
        int closedWithin = 0;
        for (ActionItem item : items) {
            boolean windowOver = asOf.isAfter(item.raisedOn().plusDays(ActionItem.CLOSING_WINDOW_DAYS));
            boolean closedByAsOf = item.closedOn() != null && !item.closedOn().isAfter(asOf);
            if (windowOver || closedByAsOf) {
                judged++;
                if (closedByAsOf && item.closedWithinWindow()) {
                    closedWithin++;
                }
            }
        }
        return new Figures(judged, closedWithin);
    }
}
