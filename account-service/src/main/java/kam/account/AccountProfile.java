package kam.account;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything about an account that its users edit: one value, compared and copied whole. {@code externalRefs} maps a
 * system (erp, crm) to the id it knows the account by.
 */
public record AccountProfile(
        String name,
        String legalName,
        String industry,
        String region,
        String country,
        UUID parentAccountId,
        String ownerId,
        AccountStatus status,
        AccountSize size,
        String currency,
        String mission,
        String vision,
        List<String> values,
        List<String> businessObjectives,
        String strategy,
        List<String> markets,
        List<String> customerCompetitors,
        List<String> ourCompetitors,
        Map<String, String> externalRefs) {

    /** The names of the fields whose values differ from {@code other}'s, in declaration order. */
    public List<String> fieldsChangedFrom(AccountProfile other) {
        return Arrays.stream(AccountProfile.class.getRecordComponents())
                .filter(component -> !Objects.equals(read(component, this), read(component, other)))
                .map(RecordComponent::getName)
                .toList();
    }

    private static Object read(RecordComponent component, AccountProfile profile) {
        try {
            return component.getAccessor().invoke(profile);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
