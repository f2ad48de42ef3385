package kam.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.account.merge.AccountMergers;
import kam.platform.web.Responses;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Two accounts merge into one, as companies do: the survivor takes the other's people, units and revenue. */
@Path("/api/v1/accounts/{id}/merge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountMergeResource {
    private final AccountMergers mergers;

    public AccountMergeResource(AccountMergers mergers) {
        this.mergers = mergers;
    }

    /** Which account merges into this one, and why. */
    @Schema(name = "AccountMergeRequest")
    public record MergeRequest(
            @NotNull @Schema(description = "The account that merges into this one and is archived")
            UUID mergedAccountId,

            @NotBlank @Size(max = 1000) @Schema(examples = "Contoso acquired Fabrikam on 2026-11-30")
            String reason) {}

    /** What a merger moved. */
    @Schema(name = "AccountMerge")
    public record MergeResponse(
            @Schema(description = "The survivor as it is now; its ETag is the answer's")
            AccountResponse survivor,

            UUID mergedAccountId,
            List<UUID> movedUnitIds,
            List<UUID> movedStakeholderIds,

            @Schema(description = "The merged account's team members who joined the survivor's team")
            List<String> joinedTeamMembers,

            @Schema(description = "The periods whose revenue was added to the survivor's")
            List<String> revenuePeriods,

            @Schema(description = "External ids the survivor took: systems it had none for")
            Map<String, String> movedExternalRefs,

            @Schema(description = "External ids that ended with the merged account: the survivor has its own there")
            Map<String, String> endedExternalRefs) {}

    @POST
    @RolesAllowed(Roles.KAM_ADMIN)
    @Operation(
            operationId = "mergeAccounts",
            summary = "Merge another account into this one",
            description = "The merged account's team joins this one's, its stakeholders move with their org chart"
                    + " and relationships, its units become this one's, its revenue is added to this one's period by"
                    + " period, and the external ids this one lacks move with it; then it is archived, naming this"
                    + " one (mergedIntoAccountId). Each move is told in this account's events, then"
                    + " kam.account.merged and the merged account's kam.account.archived. If-Match with this account's"
                    + " ETag. 422 for the account itself, one archived, a group this one is a unit of, or revenue in"
                    + " another currency for a period both have.")
    @APIResponse(
            responseCode = "200",
            description = "Merged; the survivor's new ETag.",
            content = @Content(schema = @Schema(implementation = MergeResponse.class)))
    public Response merge(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MergeRequest request) {
        AccountMergers.Merged merged = mergers.merge(id, ifMatch, request.mergedAccountId(), request.reason());
        return Responses.ok(
                new MergeResponse(
                        AccountResponse.from(merged.survivor()),
                        merged.mergedAccountId(),
                        merged.movedUnitIds(),
                        merged.movedStakeholderIds(),
                        merged.movedTeamMembers(),
                        merged.revenuePeriods(),
                        merged.movedExternalRefs(),
                        merged.endedExternalRefs()),
                merged.survivor().version());
    }
}
