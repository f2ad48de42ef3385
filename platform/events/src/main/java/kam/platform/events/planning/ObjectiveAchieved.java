package kam.platform.events.planning;

import java.math.BigDecimal;
import java.util.UUID;

/** An objective of a plan reached its target. */
public record ObjectiveAchieved(
        UUID objectiveId,
        UUID planId,
        UUID accountId,
        String title,
        String metric,
        BigDecimal target,
        BigDecimal currentValue) {}
