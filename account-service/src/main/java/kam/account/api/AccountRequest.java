package kam.account.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.account.AccountProfile;
import kam.account.AccountSize;
import kam.account.AccountStatus;
import kam.account.ExternalRefs;
import kam.platform.web.validation.CountryCode;
import kam.platform.web.validation.CurrencyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account's profile as a client sends it, to register an account or replace its profile. */
@Schema(name = "AccountRequest")
public record AccountRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Northwind Retail Group")
        String name,

        @Size(max = 300) String legalName,
        @Size(max = 100) @Schema(examples = "Retail") String industry,
        @Size(max = 100) @Schema(examples = "EMEA") String region,
        @CountryCode @Schema(examples = "GB") String country,

        @Schema(description = "The group this account is a unit of.")
        UUID parentAccountId,

        @Size(max = 100)
        @Schema(description = "The account manager's user id; an account manager registering defaults to self.")
        String ownerId,

        @Schema(description = "PROSPECT or ACTIVE (default); ARCHIVED only through the archive action.")
        AccountStatus status,

        AccountSize size,
        @NotNull @CurrencyCode @Schema(examples = "EUR") String currency,
        @Size(max = 4000) String mission,
        @Size(max = 4000) String vision,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> values,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> businessObjectives,
        @Size(max = 4000) String strategy,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> markets,

        @Size(max = 50) @Schema(description = "The customer's own competitors.")
        List<@NotBlank @Size(max = 300) String> customerCompetitors,

        @Size(max = 50) @Schema(description = "Our competitors at this account.")
        List<@NotBlank @Size(max = 300) String> ourCompetitors,

        @Size(max = 20)
        @Schema(
                description = "The ids other systems know the account by: system (erp, crm, lowercase) to id, one"
                        + " account per system and id.",
                examples = "{\"erp\": \"C-10042\", \"crm\": \"0015g00000XyZ\"}")
        Map<
                        @NotNull @Pattern(regexp = ExternalRefs.SYSTEM, message = ExternalRefs.SYSTEM_RULE) String,
                        @NotBlank @Size(max = 100) @Pattern(regexp = ExternalRefs.ID, message = ExternalRefs.ID_RULE)
                        String>
                externalRefs) {

    public AccountProfile toProfile(String owner) {
        return AccountShapes.INSTANCE.profile(this, owner);
    }

    static AccountRequest from(AccountProfile profile) {
        return AccountShapes.INSTANCE.request(profile);
    }
}
