package kam.platform.events.planning;

import java.time.LocalDate;
import java.util.UUID;

/** An open action passed its due date; sent once per action by the scheduled check. */
public record ActionOverdue(
        UUID actionId, UUID planId, UUID accountId, String title, String owner, LocalDate dueDate) {}
