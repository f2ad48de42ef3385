package kam.review.action;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;

@ApplicationScoped
public class ActionItemRepository implements PanacheRepositoryBase<ActionItem, UUID> {

    public ActionItem require(UUID id) {
        ActionItem item = findById(id);
        if (item == null) {
            throw ProblemException.notFound("action item", id);
        }
        return item;
    }

    public List<ActionItem> openFor(UUID accountId) {
        return list("accountId = ?1 and status = ?2 order by dueDate", accountId, ActionItemStatus.OPEN);
    }

    /** Open items past their due date whose overdue report has not gone out. */
    public List<ActionItem> newlyOverdue(LocalDate today) {
        return list("status = ?1 and dueDate < ?2 and overdueReportedAt is null", ActionItemStatus.OPEN, today);
    }

    public List<ActionItem> raisedBetween(UUID accountId, LocalDate from, LocalDate to) {
        return list("accountId = ?1 and raisedOn between ?2 and ?3", accountId, from, to);
    }

    public List<ActionItem> ofReview(UUID reviewId) {
        return list("reviewId = ?1 order by title", reviewId);
    }
}
