package kam.planning.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import kam.planning.plan.Plan;
import kam.planning.plan.Plans;
import kam.platform.web.Responses;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A plan's life, each step an action guarded by If-Match: submitted, committed to, approved, revised, closed. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanLifecycleResource {
    private final Plans plans;

    public PlanLifecycleResource(Plans plans) {
        this.plans = plans;
    }

    public record CommentRequest(@NotBlank @Size(max = 4000) String comment) {}

    public record CloseRequest(@NotBlank @Size(max = 1000) String reason) {}

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(
            responseCode = "200",
            description = "Submitted; the new ETag.",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @Operation(operationId = "submitPlan", summary = "Submit the draft for the core team's commitment and approval")
    public Response submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(plans.submit(id, ifMatch));
    }

    @POST
    @Path("{id}/commit")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.FINANCE, Roles.VIEWER})
    @APIResponse(
            responseCode = "200",
            description = "Committed; the new ETag.",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @Operation(operationId = "commitToPlan", summary = "Commit, as a core team member, to the submitted revision")
    public Response commit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(plans.commit(id, ifMatch));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.MENTOR})
    @APIResponse(
            responseCode = "200",
            description = "Approved; the new ETag.",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @Operation(
            operationId = "approvePlan",
            summary = "Approve the submitted revision; it never changes afterwards",
            description = "Every core team member must have committed first (409 names who has not).")
    public Response approve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(plans.approve(id, ifMatch));
    }

    @POST
    @Path("{id}/send-back")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.MENTOR})
    @APIResponse(
            responseCode = "200",
            description = "Sent back; the new ETag.",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @Operation(operationId = "sendPlanBack", summary = "Send the submitted revision back to draft, with comments")
    public Response sendBack(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull CommentRequest request) {
        return ok(plans.sendBack(id, ifMatch, request.comment().strip()));
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(
            responseCode = "200",
            description = "Active; the new ETag.",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @Operation(operationId = "activatePlan", summary = "Put the approved plan into delivery")
    public Response activate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(plans.activate(id, ifMatch));
    }

    @POST
    @Path("{id}/revise")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(
            responseCode = "200",
            description = "A new revision; the new ETag.",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @Operation(
            operationId = "revisePlan",
            summary = "Start the next revision of an approved plan",
            description = "The approved revision stays in force until the new one is approved.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(plans.revise(id, ifMatch));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(
            responseCode = "200",
            description = "Closed; the new ETag.",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @Operation(operationId = "closePlan", summary = "Close the plan, with the reason")
    public Response close(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull CloseRequest request) {
        return ok(plans.close(id, ifMatch, request.reason().strip()));
    }

    private Response ok(Plan plan) {
        return Responses.ok(PlanResponse.from(plan, plans.pendingCommitments(plan)), plan.version());
    }
}
