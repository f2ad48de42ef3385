package kam.platform.events.planning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The mentor approved a revision of a plan; from now on that revision never changes. Review schedules the mentor
 * review from this event.
 */
public record PlanApproved(
        UUID planId,
        UUID accountId,
        int revision,
        String title,
        LocalDate periodStart,
        int horizonYears,
        String approvedBy) {}
