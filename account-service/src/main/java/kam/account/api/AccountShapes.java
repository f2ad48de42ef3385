package kam.account.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.account.Account;
import kam.account.AccountProfile;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * The account's fields are declared in its shapes (the profile it keeps, the request and the answer of the API), each
 * as its document shows it; copying between them is generated here, and a field one shape has that another lacks
 * fails the build.
 */
@Mapper(
        imports = {List.class, Map.class},
        unmappedTargetPolicy = ReportingPolicy.ERROR,
        unmappedSourcePolicy = ReportingPolicy.ERROR)
interface AccountShapes {
    AccountShapes INSTANCE = Mappers.getMapper(AccountShapes.class);

    /** The profile a request describes; the owner is decided by the caller's rights, and lists are never null. */
    @BeanMapping(ignoreUnmappedSourceProperties = "ownerId")
    @Mapping(target = "ownerId", source = "owner")
    @Mapping(target = "name", source = "request.name", qualifiedByName = "strip")
    @Mapping(target = "status", defaultValue = "ACTIVE")
    @Mapping(target = "values", defaultExpression = "java(List.of())")
    @Mapping(target = "businessObjectives", defaultExpression = "java(List.of())")
    @Mapping(target = "markets", defaultExpression = "java(List.of())")
    @Mapping(target = "customerCompetitors", defaultExpression = "java(List.of())")
    @Mapping(target = "ourCompetitors", defaultExpression = "java(List.of())")
    @Mapping(target = "externalRefs", defaultExpression = "java(Map.of())")
    AccountProfile profile(AccountRequest request, String owner);

    @Named("strip")
    default String strip(String text) {
        return text.strip();
    }

    /** The request that would write the profile as it is: the base a merge patch applies to. */
    AccountRequest request(AccountProfile profile);

    AccountResponse response(
            UUID id,
            AccountProfile profile,
            Instant createdAt,
            Instant updatedAt,
            Instant archivedAt,
            UUID mergedIntoAccountId,
            long version);

    default AccountResponse response(Account account) {
        return response(
                account.id(),
                account.profile(),
                account.createdAt(),
                account.updatedAt(),
                account.archivedAt(),
                account.mergedIntoId(),
                account.version());
    }
}
