package kam.account;

import java.util.Set;
import java.util.UUID;

/**
 * What a list of accounts may be narrowed by; null means any. Without a status, archived accounts are left out.
 * {@code ids}: only these (the one holder of an external reference, or none).
 */
public record AccountFilter(
        AccountStatus status,
        String industry,
        String region,
        String country,
        UUID parentAccountId,
        String ownerId,
        String nameContains,
        Set<UUID> ids) {}
