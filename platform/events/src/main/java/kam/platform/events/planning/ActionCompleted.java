package kam.platform.events.planning;

import java.time.LocalDate;
import java.util.UUID;

/** An action of a plan was done; {@code onTime} tells whether by its due date. */
public record ActionCompleted(
        UUID actionId,
        UUID planId,
        UUID accountId,
        String title,
        String owner,
        LocalDate dueDate,
        LocalDate completedOn,
        boolean onTime) {}
