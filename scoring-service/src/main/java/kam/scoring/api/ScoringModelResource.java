package kam.scoring.api;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import kam.platform.messaging.jobs.JobResponse;
import kam.platform.messaging.jobs.Jobs;
import kam.platform.web.Responses;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.paging.Page;
import kam.platform.web.security.Roles;
import kam.scoring.model.ModelPublication;
import kam.scoring.model.ScoringModel;
import kam.scoring.model.ScoringModelRepository;
import kam.scoring.model.ScoringModels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scoring-models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring models", description = "Versioned selection criteria, weights, scales and tier schemes.")
public class ScoringModelResource {
    private final ScoringModels models;
    private final ScoringModelRepository repository;
    private final ModelPublication publication;
    private final Jobs jobs;

    public ScoringModelResource(
            ScoringModels models, ScoringModelRepository repository, ModelPublication publication, Jobs jobs) {
        this.models = models;
        this.repository = repository;
        this.publication = publication;
        this.jobs = jobs;
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "listScoringModels", summary = "Every model version, newest first")
    public Page<ModelResponse> list() {
        return new Page<>(
                repository.newestFirst().stream().map(ModelResponse::from).toList(), null);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @APIResponse(
            responseCode = "200",
            description = "The model, with its ETag.",
            content = @Content(schema = @Schema(implementation = ModelResponse.class)))
    @Operation(operationId = "getScoringModel", summary = "A model version")
    public Response get(@PathParam("id") UUID id) {
        return ok(repository.require(id));
    }

    @POST
    @RolesAllowed(Roles.KAM_ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "Drafted; Location and ETag name it.",
            content = @Content(schema = @Schema(implementation = ModelResponse.class)))
    @Idempotent
    @Operation(operationId = "draftScoringModel", summary = "Draft a model version")
    public Response draft(@Valid @NotNull ModelRequest request, @Context UriInfo uri) {
        ScoringModel model = models.draft(
                request.name(),
                request.toCriteria(),
                request.toTierScheme(),
                request.midpoint(),
                request.toRatingRules());
        return Responses.created(uri, model.id(), ModelResponse.from(model), model.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.KAM_ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "Changed; the new ETag.",
            content = @Content(schema = @Schema(implementation = ModelResponse.class)))
    @Operation(operationId = "redraftScoringModel", summary = "Change a draft; a published version answers 409")
    public Response redraft(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ModelRequest request) {
        return ok(models.redraft(
                id,
                ifMatch,
                request.name(),
                request.toCriteria(),
                request.toTierScheme(),
                request.midpoint(),
                request.toRatingRules()));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.KAM_ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "Published and active; every account is re-scored.",
            content = @Content(schema = @Schema(implementation = ModelResponse.class)))
    @APIResponse(
            responseCode = "202",
            description = "With Prefer: respond-async, the publication runs on as a job that Location names; its result"
                    + " is this model once published.",
            content = @Content(schema = @Schema(implementation = JobResponse.class)))
    @Operation(
            operationId = "publishScoringModel",
            summary = "Publish a draft",
            description = "It becomes the one active model, the one before retires, and every account is re-scored."
                    + " Readers see the scores before it until the last moment and the new ones after, never a mix."
                    + " One publication runs at a time: another while it runs answers 409 naming its job.")
    public Response publish(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam("Prefer") @Parameter(description = Jobs.PREFER) String prefer) {
        long version = publication.check(id, ifMatch);
        return jobs.run(
                prefer,
                ModelPublication.job(id),
                progress -> ModelResponse.from(publication.run(id, version, progress)),
                model -> Responses.ok(model, model.version()));
    }

    @GET
    @Path("{id}/what-if")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE})
    @Operation(
            operationId = "whatIfScoringModel",
            summary = "The accounts whose tier would change if this model were published now")
    public Page<ScoringModels.TierChange> whatIf(@PathParam("id") UUID id) {
        List<ScoringModels.TierChange> changes = models.whatIf(id);
        return new Page<>(changes, null);
    }

    private static Response ok(ScoringModel model) {
        return Responses.ok(ModelResponse.from(model), model.version());
    }
}
