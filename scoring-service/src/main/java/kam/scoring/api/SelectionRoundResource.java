package kam.scoring.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.UUID;
import kam.platform.messaging.jobs.JobResponse;
import kam.platform.messaging.jobs.Jobs;
import kam.platform.web.QueryParams;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.paging.Keyset;
import kam.platform.web.paging.Page;
import kam.platform.web.security.Roles;
import kam.scoring.selection.RoundApproval;
import kam.scoring.selection.RoundViews;
import kam.scoring.selection.SelectionRound;
import kam.scoring.selection.SelectionRoundRepository;
import kam.scoring.selection.SelectionRounds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Selection rounds: the scores propose the key-account list, people edit it and agree it. */
@Path("/api/v1/selection-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Key-account list",
        description = "The agreed key-account list: selection rounds propose it, people agree it, everyone follows it.")
public class SelectionRoundResource {
    private final SelectionRounds rounds;
    private final RoundApproval approval;
    private final RoundViews views;
    private final SelectionRoundRepository repository;
    private final Jobs jobs;
    private final SecurityIdentity caller;

    public SelectionRoundResource(
            SelectionRounds rounds,
            RoundApproval approval,
            RoundViews views,
            SelectionRoundRepository repository,
            Jobs jobs,
            SecurityIdentity caller) {
        this.rounds = rounds;
        this.approval = approval;
        this.views = views;
        this.repository = repository;
        this.jobs = jobs;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE})
    @Idempotent
    @APIResponse(
            responseCode = "201",
            description = "Proposed; the round is open for edits.",
            content = @Content(schema = @Schema(implementation = RoundViews.View.class)))
    @APIResponse(
            responseCode = "202",
            description = "With Prefer: respond-async, the proposal runs on as a job that Location names; its result"
                    + " is the round.",
            content = @Content(schema = @Schema(implementation = JobResponse.class)))
    @Operation(
            operationId = "proposeKeyAccountList",
            summary = "Start a selection round: the active model proposes the key-account list",
            description = "Ranked, tiered and capped by the active model's scheme, each account with its explanation,"
                    + " with what it would change against the list in force and how it aligns with the leaders'"
                    + " nominations. One round is open at a time: another answers 409 naming it.")
    public Response propose(
            @Valid @NotNull SelectionRequests.Proposal request,
            @HeaderParam("Prefer") @Parameter(description = Jobs.PREFER) String prefer) {
        rounds.requireNoneOpen();
        String by = caller.getPrincipal().getName();
        String title = request.title();
        return jobs.run(
                prefer,
                SelectionRounds.job(),
                progress -> views.describe(rounds.propose(title, by)),
                view -> Response.status(201).entity(view).build());
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE, Roles.ACCOUNT_MANAGER, Roles.MENTOR})
    @Operation(operationId = "listSelectionRounds", summary = "Selection rounds, newest first")
    public RestResponse<Page<RoundViews.View>> list(
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Context UriInfo uri) {
        List<SelectionRound> page = repository.newestFirst(QueryParams.instant("cursor", cursor), limit + 1);
        List<RoundViews.View> items =
                page.stream().limit(limit).map(views::describe).toList();
        String next = page.size() > limit ? page.get(limit - 1).proposedAt().toString() : null;
        return Keyset.ok(new Page<>(items, next), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE, Roles.ACCOUNT_MANAGER, Roles.MENTOR})
    @Operation(operationId = "getSelectionRound", summary = "A selection round with its changes and alignment")
    public RoundViews.View get(@PathParam("id") UUID id) {
        return views.describe(repository.require(id));
    }

    @PUT
    @Path("{id}/edits/{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE})
    @Operation(
            operationId = "editSelectionRound",
            summary = "Include, exclude or re-tier an account in an open round, with a reason",
            description = "With expiresOn the edit is an override: it holds in later lists until that day and may go"
                    + " beyond the cap. A round already decided answers 409.")
    public RoundViews.View edit(
            @PathParam("id") UUID id,
            @PathParam("accountId") UUID accountId,
            @Valid @NotNull SelectionRequests.Edit request) {
        return views.describe(rounds.edit(
                id,
                accountId,
                request.tier(),
                request.reason(),
                request.expiresOn(),
                caller.getPrincipal().getName()));
    }

    @DELETE
    @Path("{id}/edits/{accountId}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE})
    @Operation(operationId = "removeSelectionEdit", summary = "Take back an edit: the account is as proposed")
    public RoundViews.View removeEdit(@PathParam("id") UUID id, @PathParam("accountId") UUID accountId) {
        return views.describe(rounds.removeEdit(id, accountId));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE})
    @Operation(
            operationId = "approveSelectionRound",
            summary = "Agree the round's list: it becomes the list in force",
            description = "A new version of the agreed list, naming who agreed it; plans, reviews and finance follow"
                    + " it (kam.scoring.tier-changed.v2, reason LIST_AGREED). 409 when the round is decided or the"
                    + " model it was proposed under is no longer active; 422 when its list is empty or goes over the"
                    + " cap without an override.")
    public RoundViews.View approve(@PathParam("id") UUID id, @Valid SelectionRequests.Decision request) {
        return views.describe(approval.approve(
                id,
                request == null ? null : request.note(),
                caller.getPrincipal().getName()));
    }

    @POST
    @Path("{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE})
    @Operation(operationId = "discardSelectionRound", summary = "Close the round without agreeing it")
    public RoundViews.View discard(@PathParam("id") UUID id, @Valid SelectionRequests.Decision request) {
        return views.describe(rounds.discard(
                id,
                request == null ? null : request.note(),
                caller.getPrincipal().getName()));
    }
}
