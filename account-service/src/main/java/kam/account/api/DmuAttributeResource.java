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
import java.util.List;
import kam.account.dmu.DmuAttribute;
import kam.account.dmu.DmuAttributes;
import kam.platform.web.Responses;
import kam.platform.web.paging.Page;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The attributes every stakeholder may carry, defined once for the whole portfolio. They live at their own root: under
 * /accounts their name stood where an account id stands (/accounts/dmu-attributes/team and /accounts/{id}/team were
 * one URL to a router). The old path still answers ({@link DmuAttributeOldPaths}).
 */
@Path(DmuAttributeResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders")
public class DmuAttributeResource {
    static final String ROOT = "/api/v1/dmu-attributes";

    private final DmuAttributes attributes;

    public DmuAttributeResource(DmuAttributes attributes) {
        this.attributes = attributes;
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "listStakeholderAttributes", summary = "The attributes every stakeholder may carry")
    public Page<DmuAttributeResponse> list() {
        return new Page<>(
                attributes.all().stream().map(DmuAttributeResponse::from).toList(), null);
    }

    @PUT
    @Path("{name}")
    @RolesAllowed(Roles.KAM_ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "The attribute, with its ETag.",
            content = @Content(schema = @Schema(implementation = DmuAttributeResponse.class)))
    @Operation(
            operationId = "defineStakeholderAttribute",
            summary = "Define a DMU attribute, or redefine one (with If-Match)",
            description = "Stakeholders' values are checked against it on every write.")
    public Response define(
            @PathParam("name") @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9]{0,59}", message = "must be a camelCase name")
                    String name,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DmuAttributeRequest request) {
        DmuAttribute attribute = attributes.define(
                name,
                ifMatch,
                request.type(),
                request.allowedValues() == null ? List.of() : request.allowedValues(),
                request.description());
        return Responses.ok(DmuAttributeResponse.from(attribute), attribute.version());
    }
}
