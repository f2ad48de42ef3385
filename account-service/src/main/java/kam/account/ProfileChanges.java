package kam.account;

import java.util.Map;
import java.util.UUID;

/**
 * A profile with one thing changed, for the platform's own changes (an upsert's reference, a merger's move). Not on
 * {@link AccountProfile} itself: MapStruct reads a method there that answers a profile as a property to map.
 */
public final class ProfileChanges {
    private ProfileChanges() {}

    public static AccountProfile withParent(AccountProfile p, UUID parentAccountId) {
        return copy(p, parentAccountId, p.externalRefs());
    }

    public static AccountProfile withExternalRefs(AccountProfile p, Map<String, String> refs) {
        return copy(p, p.parentAccountId(), Map.copyOf(refs));
    }

    private static AccountProfile copy(AccountProfile p, UUID parentAccountId, Map<String, String> refs) {
        return new AccountProfile(
                p.name(),
                p.legalName(),
                p.industry(),
                p.region(),
                p.country(),
                parentAccountId,
                p.ownerId(),
                p.status(),
                p.size(),
                p.currency(),
                p.mission(),
                p.vision(),
                p.values(),
                p.businessObjectives(),
                p.strategy(),
                p.markets(),
                p.customerCompetitors(),
                p.ourCompetitors(),
                refs);
    }
}
