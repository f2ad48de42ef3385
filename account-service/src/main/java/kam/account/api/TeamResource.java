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
import kam.account.team.TeamMember;
import kam.account.team.TeamMembers;
import kam.platform.web.Responses;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.paging.Page;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{accountId}/team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account team", description = "Our people on the account and their roles; one account manager at a time.")
public class TeamResource {
    private final TeamMembers team;

    public TeamResource(TeamMembers team) {
        this.team = team;
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "listTeam", summary = "The account's whole team, by role")
    public Page<TeamMemberResponse> list(@PathParam("accountId") UUID accountId) {
        return new Page<>(
                team.of(accountId).stream().map(TeamMemberResponse::from).toList(), null);
    }

    @GET
    @Path("{memberId}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @APIResponse(
            responseCode = "200",
            description = "The team member, with its ETag.",
            content = @Content(schema = @Schema(implementation = TeamMemberResponse.class)))
    @Operation(operationId = "getTeamMember", summary = "A team member")
    public Response get(@PathParam("accountId") UUID accountId, @PathParam("memberId") UUID memberId) {
        return ok(team.get(accountId, memberId));
    }

    @POST
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(
            responseCode = "201",
            description = "Added; Location and ETag name it.",
            content = @Content(schema = @Schema(implementation = TeamMemberResponse.class)))
    @Idempotent
    @Operation(operationId = "addTeamMember", summary = "Add someone to the account's team")
    public Response add(
            @PathParam("accountId") UUID accountId, @Valid @NotNull TeamMemberRequest request, @Context UriInfo uri) {
        TeamMember member = team.add(accountId, request.userId().strip(), request.displayName(), request.role());
        return Responses.created(uri, member.id(), TeamMemberResponse.from(member), member.version());
    }

    @PUT
    @Path("{memberId}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(
            responseCode = "200",
            description = "Changed; the new ETag.",
            content = @Content(schema = @Schema(implementation = TeamMemberResponse.class)))
    @Operation(operationId = "changeTeamMember", summary = "Change a team member's role or name")
    public Response change(
            @PathParam("accountId") UUID accountId,
            @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TeamMemberChange request) {
        return ok(team.change(accountId, memberId, ifMatch, request.displayName(), request.role()));
    }

    @DELETE
    @Path("{memberId}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(responseCode = "204", description = "Removed.")
    @Operation(
            operationId = "removeTeamMember",
            summary = "Take someone off the team",
            description = "Refused with 409 while they hold relationships on the account.")
    public Response remove(
            @PathParam("accountId") UUID accountId,
            @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        team.remove(accountId, memberId, ifMatch);
        return Response.noContent().build();
    }

    private static Response ok(TeamMember member) {
        return Responses.ok(TeamMemberResponse.from(member), member.version());
    }
}
