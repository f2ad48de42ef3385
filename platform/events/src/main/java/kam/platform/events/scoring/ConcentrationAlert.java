package kam.platform.events.scoring;

import java.util.UUID;

/**
 * A customer group (an account with all its units: companies under common control count as one) came to hold
 * {@code threshold} or more of total revenue.
 */
public record ConcentrationAlert(UUID groupId, String groupName, double share, double threshold) {}
