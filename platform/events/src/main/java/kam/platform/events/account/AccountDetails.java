package kam.platform.events.account;

import java.util.List;
import java.util.UUID;

/** What an account event tells about the account: its whole profile as of the event. */
public record AccountDetails(
        String name,
        String legalName,
        String industry,
        String region,
        String country,
        UUID parentAccountId,
        String ownerId,
        String status,
        String size,
        String currency,
        String mission,
        String vision,
        List<String> values,
        List<String> businessObjectives,
        String strategy,
        List<String> markets,
        List<String> customerCompetitors,
        List<String> ourCompetitors,
        long version) {}
