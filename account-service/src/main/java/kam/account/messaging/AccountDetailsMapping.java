package kam.account.messaging;

import java.util.List;
import java.util.Map;
import kam.account.AccountProfile;
import kam.platform.events.account.AccountDetails;
import kam.platform.events.account.ExternalRef;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * The account as its events tell it (platform/events' AccountDetails, the contract's own record): generated from the
 * profile, so that a field the profile has and the event lacks, or the other way round, fails the build.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, unmappedSourcePolicy = ReportingPolicy.ERROR)
interface AccountDetailsMapping {
    AccountDetailsMapping INSTANCE = Mappers.getMapper(AccountDetailsMapping.class);

    AccountDetails details(AccountProfile profile, long version);

    /** System to id, as the profile keeps them, as the events list them. */
    default List<ExternalRef> externalRefs(Map<String, String> refs) {
        return ExternalRef.listOf(refs);
    }
}
