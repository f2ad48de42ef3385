package kam.planning.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kam.planning.plan.ObjectiveStatus;
import kam.planning.plan.Plan;
import kam.planning.plan.PlanContent;
import kam.planning.plan.PlanDiff;
import kam.planning.plan.PlanExecution;
import kam.planning.plan.PlanHealth;
import kam.planning.plan.PlanReads;
import kam.planning.plan.PlanRepository;
import kam.planning.plan.PlanRevision;
import kam.planning.plan.PlanStatus;
import kam.planning.plan.Plans;
import kam.planning.plan.Scope;
import kam.platform.web.QueryParams;
import kam.platform.web.Responses;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.paging.Keyset;
import kam.platform.web.paging.Page;
import kam.platform.web.paging.SortField;
import kam.platform.web.paging.Where;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Plans",
        description = "Account plans that stay alive: drafted, committed to, approved, revised, delivered.")
public class PlanResource {
    private static final List<SortField<Plan>> SORTS = List.of(
            new SortField<>("createdAt", "e.createdAt", Plan::createdAt, Instant::parse),
            new SortField<>("lastChangeAt", "e.lastChangeAt", Plan::lastChangeAt, Instant::parse),
            new SortField<>("title", "e.title", Plan::title, value -> value));

    private final Plans plans;
    private final PlanExecution execution;
    private final PlanReads reads;
    private final PlanRepository repository;

    public PlanResource(Plans plans, PlanExecution execution, PlanReads reads, PlanRepository repository) {
        this.plans = plans;
        this.execution = execution;
        this.reads = reads;
        this.repository = repository;
    }

    public record ProgressRequest(
            @NotNull BigDecimal currentValue,

            @Schema(description = "ON_TRACK or OFF_TRACK as the owner sees it; ACHIEVED follows from the target")
            ObjectiveStatus status) {}

    public record StageRequest(@NotNull PlanContent.Stage stage) {}

    @POST
    @Transactional
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @Idempotent
    @Operation(operationId = "createPlan", summary = "Draft a plan for an account, or a satellite plan")
    @APIResponse(
            responseCode = "201",
            description = "Drafted; Location and ETag name it.",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response create(@Valid @NotNull PlanRequest request, @Context UriInfo uri) {
        PlanEdit edit = request.edit();
        Plan plan = plans.create(request.accountId(), edit.header(), edit.contentOrEmpty());
        return Responses.created(uri, plan.id(), response(plan), plan.version());
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "listPlans", summary = "List plans")
    @APIResponse(responseCode = "200", description = "One page; Link rel=next points to the next.")
    public RestResponse<Page<PlanResponse>> list(
            @QueryParam("accountId") String accountId,
            @QueryParam("status") @Parameter(description = "DRAFT, SUBMITTED, APPROVED, ACTIVE or CLOSED")
                    String status,
            @QueryParam("scope") @Parameter(description = "ACCOUNT, UNIT or DEPARTMENT") String scope,
            @QueryParam("parentPlanId") @Parameter(description = "The satellites of this plan") String parentPlanId,
            @QueryParam("sort") @Parameter(description = "createdAt (default), lastChangeAt or title; - to reverse")
                    String sort,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Keyset.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        Keyset<Plan> keyset = Keyset.of(sort, cursor, SORTS);
        Where where = new Where()
                .equal("accountId", QueryParams.uuid("accountId", accountId))
                .equal("status", QueryParams.enumValue("status", status, PlanStatus.class))
                .equal("scope", QueryParams.enumValue("scope", scope, Scope.class))
                .equal("parentPlanId", QueryParams.uuid("parentPlanId", parentPlanId));
        List<Plan> rows = where.page(repository, "Plan", keyset, limit);
        return Keyset.ok(keyset.page(rows, limit, Plan::id, this::response), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "getPlan", summary = "Read a plan as it is now")
    @APIResponse(
            responseCode = "200",
            description = "The plan, with its ETag.",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return ok(repository.require(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(
            responseCode = "200",
            description = "Changed; the new ETag.",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @Operation(
            operationId = "editPlan",
            summary = "Replace a draft plan's header and content",
            description = "Only a draft changes: an approved revision answers 409; start a revision first.")
    public Response edit(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull PlanEdit edit) {
        return ok(plans.edit(id, ifMatch, edit.header(), edit.contentOrEmpty()));
    }

    @PUT
    @Path("{id}/objectives/{objectiveId}/progress")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(
            responseCode = "200",
            description = "Reported; the new ETag.",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @Operation(
            operationId = "reportObjectiveProgress",
            summary = "Report an objective's current value; no new revision needed")
    public Response report(
            @PathParam("id") UUID id,
            @PathParam("objectiveId") UUID objectiveId,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProgressRequest request) {
        return ok(execution.report(id, objectiveId, ifMatch, request.currentValue(), request.status()));
    }

    @PUT
    @Path("{id}/opportunities/{opportunityId}/stage")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @APIResponse(
            responseCode = "200",
            description = "Moved; the new ETag.",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @Operation(operationId = "moveOpportunity", summary = "Move an opportunity to another stage")
    public Response moveOpportunity(
            @PathParam("id") UUID id,
            @PathParam("opportunityId") UUID opportunityId,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StageRequest request) {
        return ok(execution.moveOpportunity(id, opportunityId, ifMatch, request.stage()));
    }

    @GET
    @Path("{id}/health")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "getPlanHealth",
            summary = "Staleness, overdue actions, objectives on and off track, share of actions done on time")
    public PlanHealth health(@PathParam("id") UUID id) {
        return reads.health(id);
    }

    @GET
    @Path("{id}/rollup")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "getPlanRollup",
            summary = "The plan's delivery with its satellite plans rolled up under the objectives they serve")
    public PlanReads.Rollup rollup(@PathParam("id") UUID id) {
        return reads.rollup(id);
    }

    @GET
    @Path("{id}/revisions")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "listPlanRevisions", summary = "The approved revisions, as approved")
    public Page<PlanRevisionResponse> revisions(@PathParam("id") UUID id) {
        return new Page<>(
                reads.revisions(id).stream().map(PlanRevisionResponse::from).toList(), null);
    }

    @GET
    @Path("{id}/revisions/{revision}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "getPlanRevision", summary = "One approved revision, as approved")
    public PlanRevisionResponse revision(@PathParam("id") UUID id, @PathParam("revision") @Min(1) int revision) {
        return PlanRevisionResponse.from(reads.revision(id, revision));
    }

    @GET
    @Path("{id}/diff")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "diffPlanRevisions",
            summary = "What changed between two approved revisions, or from one to the draft being worked on")
    public List<PlanDiff.Change> diff(
            @PathParam("id") UUID id,
            @QueryParam("from") @NotNull @Min(1) Integer from,
            @QueryParam("to") @Parameter(description = "An approved revision; the current draft when absent") @Min(1)
                    Integer to) {
        return reads.diff(id, from, to);
    }

    @GET
    @Path("coverage")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "getPlanCoverage",
            summary = "The key accounts without an approved plan, with where their plan stands")
    public List<PlanReads.CoverageGap> coverage() {
        return reads.coverageGaps();
    }

    /** A plan revision as approved. */
    @Schema(name = "PlanRevision")
    public record PlanRevisionResponse(
            UUID planId, int revision, String title, PlanContent content, String approvedBy, Instant approvedAt) {
        static PlanRevisionResponse from(PlanRevision r) {
            return new PlanRevisionResponse(
                    r.planId(), r.revision(), r.title(), r.content(), r.approvedBy(), r.approvedAt());
        }
    }

    private Response ok(Plan plan) {
        return Responses.ok(response(plan), plan.version());
    }

    private PlanResponse response(Plan plan) {
        return PlanResponse.from(plan, plans.pendingCommitments(plan));
    }
}
