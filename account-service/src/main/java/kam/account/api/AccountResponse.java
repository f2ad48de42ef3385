package kam.account.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.account.Account;
import kam.account.AccountSize;
import kam.account.AccountStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as the API shows it. {@code version} is also the ETag. */
@Schema(name = "Account")
public record AccountResponse(
        UUID id,
        String name,
        @Schema(nullable = true) String legalName,
        @Schema(nullable = true) String industry,
        @Schema(nullable = true) String region,
        @Schema(nullable = true) String country,
        @Schema(nullable = true) UUID parentAccountId,
        @Schema(nullable = true) String ownerId,
        AccountStatus status,
        @Schema(nullable = true) AccountSize size,
        String currency,
        @Schema(nullable = true) String mission,
        @Schema(nullable = true) String vision,
        List<String> values,
        List<String> businessObjectives,
        @Schema(nullable = true) String strategy,
        List<String> markets,
        List<String> customerCompetitors,
        List<String> ourCompetitors,

        @Schema(description = "System (erp, crm) to the id it knows the account by")
        Map<String, String> externalRefs,

        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant archivedAt,

        @Schema(nullable = true, description = "The account this one merged into; it is archived, and that one goes on")
        UUID mergedIntoAccountId,

        long version) {

    static AccountResponse from(Account account) {
        return AccountShapes.INSTANCE.response(account);
    }
}
