package kam.review.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import kam.platform.messaging.Outbox;
import kam.platform.web.problem.ProblemException;
import kam.review.cadence.Cadence;
import kam.review.messaging.ReviewEvents;
import kam.review.review.ReviewPermissions;

/** Tracking action items: the team (or the item's owner) changes and closes them; closing is published once. */
@ApplicationScoped
public class ActionItems {
    private final ReviewPermissions permissions;
    private final Cadence cadence;
    private final Outbox outbox;

    public ActionItems(ReviewPermissions permissions, Cadence cadence, Outbox outbox) {
        this.permissions = permissions;
        this.cadence = cadence;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ActionItem update(ActionItem item, String title, String owner, LocalDate dueDate) {
        requireTeamOrOwner(item);
        if (dueDate.isBefore(item.raisedOn())) {
            throw ProblemException.unprocessable(
                    "dueDate", "is before the review that raised it (" + item.raisedOn() + ")");
        }
        item.update(title, owner, dueDate);
        return item;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ActionItem close(ActionItem item) {
        requireTeamOrOwner(item);
        LocalDate today = cadence.today();
        if (item.close(today, permissions.callerId())) {
            outbox.publish(ReviewEvents.closed(item));
        }
        return item;
    }

    private void requireTeamOrOwner(ActionItem item) {
        if (!permissions.callerId().equals(item.owner())) {
            permissions.requireTeam(item.accountId());
        }
    }
}
