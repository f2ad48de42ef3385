package kam.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kam.platform.web.paging.Page;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The DMU attributes' first address, /api/v1/accounts/dmu-attributes, kept answering for the clients of v1 as the
 * contract rules ask of a moved path; documented as deprecated, with the new address, under the operationIds clients
 * generated their methods from. Each call is the new one's.
 */
@Path("/api/v1/accounts/dmu-attributes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders")
public class DmuAttributeOldPaths {
    private static final String MOVED = "Moved to " + DmuAttributeResource.ROOT + "; this address answers the same.";

    private final DmuAttributeResource resource;

    public DmuAttributeOldPaths(DmuAttributeResource resource) {
        this.resource = resource;
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "listDmuAttributes",
            summary = "The attributes every stakeholder may carry (old path)",
            description = MOVED,
            deprecated = true)
    public Page<DmuAttributeResponse> list() {
        return resource.list();
    }

    @PUT
    @Path("{name}")
    @RolesAllowed(Roles.KAM_ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "The attribute, with its ETag.",
            content = @Content(schema = @Schema(implementation = DmuAttributeResponse.class)))
    @Operation(
            operationId = "defineDmuAttribute",
            summary = "Define a DMU attribute, or redefine one (old path)",
            description = MOVED,
            deprecated = true)
    public Response define(
            @PathParam("name") @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9]{0,59}", message = "must be a camelCase name")
                    String name,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DmuAttributeRequest request) {
        return resource.define(name, ifMatch, request);
    }
}
