package kam.platform.events.planning;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An opportunity moved along the long-term process: PRE_SALES, CONTRACT_NEGOTIATION, IMPLEMENTATION, REVIEW,
 * EXPLOITATION.
 */
public record OpportunityStageChanged(
        UUID opportunityId,
        UUID planId,
        UUID accountId,
        String name,
        String previousStage,
        String stage,
        BigDecimal value,
        String currency) {}
