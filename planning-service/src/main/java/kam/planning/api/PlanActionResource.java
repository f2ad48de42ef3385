package kam.planning.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import kam.planning.plan.PlanAction;
import kam.planning.plan.PlanActionRepository;
import kam.planning.plan.PlanExecution;
import kam.planning.plan.PlanRepository;
import kam.platform.web.Responses;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.paging.Page;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plan actions", description = "The work that delivers a plan, tracked as it happens.")
public class PlanActionResource {
    private final PlanExecution execution;
    private final PlanActionRepository actions;
    private final PlanRepository plans;
    private final Clock clock;

    public PlanActionResource(
            PlanExecution execution, PlanActionRepository actions, PlanRepository plans, Clock clock) {
        this.execution = execution;
        this.actions = actions;
        this.plans = plans;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @Idempotent
    @Operation(operationId = "addPlanAction", summary = "Add an action to a plan; no new revision needed")
    @APIResponse(
            responseCode = "201",
            description = "Added; Location and ETag name it.",
            content = @Content(schema = @Schema(implementation = ActionResponse.class)))
    public Response add(@PathParam("planId") UUID planId, @Valid @NotNull ActionRequest request, @Context UriInfo uri) {
        PlanAction action = execution.addAction(planId, request.details());
        return Responses.created(uri, action.id(), ActionResponse.from(action, today()), action.version());
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "listPlanActions", summary = "A plan's actions, by due date")
    public Page<ActionResponse> list(@PathParam("planId") UUID planId) {
        plans.require(planId);
        LocalDate today = today();
        return new Page<>(
                actions.ofPlan(planId).stream()
                        .map(a -> ActionResponse.from(a, today))
                        .toList(),
                null);
    }

    @PUT
    @Path("{actionId}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(
            responseCode = "200",
            description = "Changed; the new ETag.",
            content = @Content(schema = @Schema(implementation = ActionResponse.class)))
    @Operation(
            operationId = "updatePlanAction",
            summary = "Change an action: details, or its status (DONE records the day it was done)")
    public Response update(
            @PathParam("planId") UUID planId,
            @PathParam("actionId") UUID actionId,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActionRequest request) {
        PlanAction action = execution.updateAction(planId, actionId, ifMatch, request.details());
        return Responses.ok(ActionResponse.from(action, today()), action.version());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
