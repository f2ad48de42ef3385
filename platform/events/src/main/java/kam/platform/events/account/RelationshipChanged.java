package kam.platform.events.account;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A relationship between one of our team and one of the customer's stakeholders was ADDED, CHANGED or REMOVED
 * ({@code change}); on REMOVED the strength and contact fields are null.
 */
public record RelationshipChanged(
        UUID accountId,
        UUID relationshipId,
        UUID teamMemberId,
        String userId,
        UUID stakeholderId,
        Integer strength,
        LocalDate lastContact,
        Integer contactFrequencyDays,
        String change) {}
