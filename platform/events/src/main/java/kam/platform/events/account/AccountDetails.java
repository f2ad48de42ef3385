package kam.platform.events.account;

import java.util.List;
import java.util.UUID;

/**
 * What an account event tells about the account: its whole profile as of the event. {@code externalRefs} names the
 * ids other systems (erp, crm) know the account by, so that a receiver joins the event to its own customer; absent
 * in events written before it existed.
 */
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
        long version,
        List<ExternalRef> externalRefs) {}
