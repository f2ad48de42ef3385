package kam.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import kam.account.stakeholder.Stakeholder;
import kam.account.stakeholder.Stakeholders;
import kam.platform.web.Responses;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.paging.Page;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{accountId}/stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders", description = "The customer's decision-making unit and its org chart.")
public class StakeholderResource {
    private final Stakeholders stakeholders;

    public StakeholderResource(Stakeholders stakeholders) {
        this.stakeholders = stakeholders;
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "listStakeholders", summary = "The account's whole decision-making unit, by name")
    public Page<StakeholderResponse> list(@PathParam("accountId") UUID accountId) {
        return new Page<>(
                stakeholders.of(accountId).stream()
                        .map(StakeholderResponse::from)
                        .toList(),
                null);
    }

    @GET
    @Path("{stakeholderId}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @APIResponse(
            responseCode = "200",
            description = "The stakeholder, with its ETag.",
            content = @Content(schema = @Schema(implementation = StakeholderResponse.class)))
    @Operation(operationId = "getStakeholder", summary = "A stakeholder")
    public Response get(@PathParam("accountId") UUID accountId, @PathParam("stakeholderId") UUID stakeholderId) {
        return ok(stakeholders.get(accountId, stakeholderId));
    }

    @POST
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(
            responseCode = "201",
            description = "Added; Location and ETag name it.",
            content = @Content(schema = @Schema(implementation = StakeholderResponse.class)))
    @Idempotent
    @Operation(operationId = "addStakeholder", summary = "Add a stakeholder to the decision-making unit")
    public Response add(
            @PathParam("accountId") UUID accountId, @Valid @NotNull StakeholderRequest request, @Context UriInfo uri) {
        Stakeholder stakeholder = stakeholders.add(accountId, request.toDetails());
        return Responses.created(uri, stakeholder.id(), StakeholderResponse.from(stakeholder), stakeholder.version());
    }

    @PUT
    @Path("{stakeholderId}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(
            responseCode = "200",
            description = "Replaced; the new ETag.",
            content = @Content(schema = @Schema(implementation = StakeholderResponse.class)))
    @Operation(operationId = "replaceStakeholder", summary = "Replace a stakeholder's details")
    public Response replace(
            @PathParam("accountId") UUID accountId,
            @PathParam("stakeholderId") UUID stakeholderId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StakeholderRequest request) {
        return ok(stakeholders.change(accountId, stakeholderId, ifMatch, request.toDetails()));
    }

    @DELETE
    @Path("{stakeholderId}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(responseCode = "204", description = "Removed.")
    @Operation(
            operationId = "removeStakeholder",
            summary = "Remove a stakeholder and the relationships to them",
            description = "Refused with 409 while others report to them.")
    public Response remove(
            @PathParam("accountId") UUID accountId,
            @PathParam("stakeholderId") UUID stakeholderId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        stakeholders.remove(accountId, stakeholderId, ifMatch);
        return Response.noContent().build();
    }

    private static Response ok(Stakeholder stakeholder) {
        return Responses.ok(StakeholderResponse.from(stakeholder), stakeholder.version());
    }
}
