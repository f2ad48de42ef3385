package kam.scoring.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import kam.platform.web.QueryParams;
import kam.platform.web.paging.Keyset;
import kam.platform.web.paging.Page;
import kam.platform.web.problem.ProblemException;
import kam.platform.web.security.Roles;
import kam.scoring.model.ScoringModelRepository;
import kam.scoring.rules.Hysteresis;
import kam.scoring.score.Rescoring;
import kam.scoring.selection.Drift;
import kam.scoring.selection.ListViews;
import kam.scoring.selection.SelectionPolicies;
import kam.scoring.selection.SelectionPolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The agreed key-account list: the one in force, any past version, the drift since, and how it follows the scores. */
@Path("/api/v1/key-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Key-account list")
public class KeyAccountResource {
    private final ListViews views;
    private final Drift drift;
    private final SelectionPolicies policies;
    private final Rescoring rescoring;
    private final ScoringModelRepository models;
    private final SecurityIdentity caller;

    public KeyAccountResource(
            ListViews views,
            Drift drift,
            SelectionPolicies policies,
            Rescoring rescoring,
            ScoringModelRepository models,
            SecurityIdentity caller) {
        this.views = views;
        this.drift = drift;
        this.policies = policies;
        this.rescoring = rescoring;
        this.models = models;
        this.caller = caller;
    }

    /** The policy as the API shows it. */
    @Schema(name = "SelectionPolicy")
    public record PolicyResponse(
            SelectionPolicy.Mode mode,
            double margin,
            @Schema(nullable = true) Integer daysOut,

            @Schema(description = "Units of customer groups are candidates of their own; false: the group is")
            boolean unitsStandAlone,

            String updatedBy,
            Instant updatedAt) {
        static PolicyResponse from(SelectionPolicy policy) {
            Hysteresis hysteresis = policy.hysteresis();
            return new PolicyResponse(
                    policy.mode(),
                    hysteresis.margin(),
                    hysteresis.daysOut(),
                    policy.unitsStandAlone(),
                    policy.updatedBy(),
                    policy.updatedAt());
        }
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @APIResponse(responseCode = "200", description = "The list in force then.")
    @APIResponse(responseCode = "404")
    @Operation(
            operationId = "getKeyAccountList",
            summary = "The agreed key-account list in force, now or as of a moment",
            description = "Which accounts were key on a past date, who agreed that version, and what it changed; 404"
                    + " when no list was agreed by then.")
    public ListViews.Version get(
            @QueryParam("asOf") @Parameter(description = "An ISO-8601 instant or date, such as 2026-03-01")
                    String asOf) {
        return views.asOf(asOf == null || asOf.isBlank() ? null : Moments.endOf("asOf", asOf));
    }

    @GET
    @Path("versions")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "listKeyAccountListVersions", summary = "The list's versions, newest first")
    public RestResponse<Page<ListViews.Summary>> versions(
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Keyset.MAX_LIMIT) int limit,
            @Context UriInfo uri) {
        List<ListViews.Summary> page = views.history(QueryParams.integer("cursor", cursor), limit + 1);
        String next = page.size() > limit ? String.valueOf(page.get(limit - 1).version()) : null;
        return Keyset.ok(new Page<>(page.stream().limit(limit).toList(), next), uri);
    }

    @GET
    @Path("versions/{version}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "getKeyAccountListVersion", summary = "One version of the list, with what it changed")
    public ListViews.Version version(@PathParam("version") @Min(1) int version) {
        return views.version(version);
    }

    @GET
    @Path("drift")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @APIResponse(responseCode = "200", description = "The drift; empty when the list is what the scores propose.")
    @APIResponse(responseCode = "409")
    @Operation(
            operationId = "getKeyAccountDrift",
            summary = "What the scores would change in the list in force, since it was agreed",
            description = "409 while no scoring model is published: nothing proposes.")
    public Drift.Report drift() {
        return models.active()
                .map(model -> drift.now(model.tierScheme()))
                .orElseThrow(() -> ProblemException.conflict("no scoring model is published yet: nothing proposes"));
    }

    @GET
    @Path("policy")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "getSelectionPolicy", summary = "How the list follows the scores")
    public PolicyResponse policy() {
        return PolicyResponse.from(policies.current());
    }

    @PUT
    @Path("policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KAM_ADMIN)
    @Operation(
            operationId = "setSelectionPolicy",
            summary = "Let the list follow the scores automatically, with hysteresis, or only by approval",
            description = "AUTOMATIC takes effect at once: the accounts whose proposals clear the margin move, as a"
                    + " version with the reason AUTOMATIC. Letting units stand alone (or counting them in their groups"
                    + " again) re-scores every group and unit at once.")
    public PolicyResponse setPolicy(@Valid @NotNull SelectionRequests.Policy request) {
        Hysteresis hysteresis = new Hysteresis(request.margin(), request.daysOut());
        SelectionPolicies.Change change = policies.set(
                request.mode(),
                hysteresis,
                Boolean.TRUE.equals(request.unitsStandAlone()),
                caller.getPrincipal().getName());
        if (change.regrouped()) {
            rescoring.regroupNow();
        } else {
            rescoring.retierNow();
        }
        return PolicyResponse.from(change.policy());
    }
}
