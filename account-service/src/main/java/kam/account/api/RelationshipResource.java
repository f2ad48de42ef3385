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
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import kam.account.relationship.Relationship;
import kam.account.relationship.Relationships;
import kam.platform.web.Responses;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.paging.Page;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{accountId}/relationships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Relationships", description = "Each team member x stakeholder pair: strength and contact.")
public class RelationshipResource {
    private final Relationships relationships;
    private final Clock clock;

    public RelationshipResource(Relationships relationships, Clock clock) {
        this.relationships = relationships;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "listRelationships", summary = "All the account's relationships")
    public Page<RelationshipResponse> list(@PathParam("accountId") UUID accountId) {
        LocalDate today = LocalDate.now(clock);
        return new Page<>(
                relationships.of(accountId).stream()
                        .map(r -> RelationshipResponse.from(r, today))
                        .toList(),
                null);
    }

    @GET
    @Path("{relationshipId}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @APIResponse(
            responseCode = "200",
            description = "The relationship, with its ETag.",
            content = @Content(schema = @Schema(implementation = RelationshipResponse.class)))
    @Operation(operationId = "getRelationship", summary = "A relationship")
    public Response get(@PathParam("accountId") UUID accountId, @PathParam("relationshipId") UUID relationshipId) {
        return ok(relationships.get(accountId, relationshipId));
    }

    @POST
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(
            responseCode = "201",
            description = "Added; Location and ETag name it.",
            content = @Content(schema = @Schema(implementation = RelationshipResponse.class)))
    @Idempotent
    @Operation(operationId = "addRelationship", summary = "Record a relationship")
    public Response add(
            @PathParam("accountId") UUID accountId, @Valid @NotNull RelationshipRequest request, @Context UriInfo uri) {
        Relationship relationship =
                relationships.add(accountId, request.teamMemberId(), request.stakeholderId(), request.toDetails());
        return Responses.created(
                uri,
                relationship.id(),
                RelationshipResponse.from(relationship, LocalDate.now(clock)),
                relationship.version());
    }

    @PUT
    @Path("{relationshipId}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(
            responseCode = "200",
            description = "Changed; the new ETag.",
            content = @Content(schema = @Schema(implementation = RelationshipResponse.class)))
    @Operation(operationId = "changeRelationship", summary = "Change a relationship's strength or contact")
    public Response change(
            @PathParam("accountId") UUID accountId,
            @PathParam("relationshipId") UUID relationshipId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RelationshipChange request) {
        return ok(relationships.change(accountId, relationshipId, ifMatch, request.toDetails()));
    }

    @DELETE
    @Path("{relationshipId}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(responseCode = "204", description = "Removed.")
    @Operation(operationId = "removeRelationship", summary = "Remove a relationship")
    public Response remove(
            @PathParam("accountId") UUID accountId,
            @PathParam("relationshipId") UUID relationshipId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        relationships.remove(accountId, relationshipId, ifMatch);
        return Response.noContent().build();
    }

    private Response ok(Relationship relationship) {
        return Responses.ok(RelationshipResponse.from(relationship, LocalDate.now(clock)), relationship.version());
    }
}
