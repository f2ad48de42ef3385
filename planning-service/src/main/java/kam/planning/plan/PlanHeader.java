package kam.planning.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a plan is for: title, scope, period and, for a satellite, the master plan's objective it cascades from.
 *
 * @param unitAccountId the unit of the account's group, for a UNIT plan
 * @param department our department, for a DEPARTMENT plan
 */
public record PlanHeader(
        String title,
        Scope scope,
        UUID unitAccountId,
        String department,
        UUID parentPlanId,
        UUID parentObjectiveId,
        LocalDate periodStart,
        int horizonYears) {}
