package kam.scoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.paging.Page;
import kam.platform.web.security.Roles;
import kam.scoring.score.ScoreHistory;
import kam.scoring.score.Scores;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scores/{accountId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scores", description = "Explained scores, their history, ratings and tier overrides.")
public class ScoreResource {
    private final Scores scores;

    public ScoreResource(Scores scores) {
        this.scores = scores;
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "getScore",
            summary = "An account's score and tier with their explanation, now or as of a moment")
    public ScoreResponse get(
            @PathParam("accountId") UUID accountId,
            @QueryParam("asOf") @Parameter(description = "An ISO-8601 instant or date, such as 2026-03-01")
                    String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return ScoreResponse.from(scores.current(accountId), scores.agreedTier(accountId));
        }
        Instant when = Moments.endOf("asOf", asOf);
        ScoreHistory then = scores.asOf(accountId, when);
        return ScoreResponse.from(then, scores.agreedTiers().apply(then, when));
    }

    @GET
    @Path("history")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "getScoreHistory", summary = "Every score the account had, newest first")
    public Page<ScoreResponse> history(@PathParam("accountId") UUID accountId) {
        BiFunction<ScoreHistory, Instant, String> agreed = scores.agreedTiers();
        return new Page<>(
                scores.history(accountId).stream()
                        .map(h -> ScoreResponse.from(h, agreed.apply(h, h.validFrom())))
                        .toList(),
                null);
    }

    @GET
    @Path("ratings")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "listRatings", summary = "Every rating of the account, newest first")
    public Page<RatingResponse> ratings(@PathParam("accountId") UUID accountId) {
        return new Page<>(
                scores.ratings(accountId).stream().map(RatingResponse::from).toList(), null);
    }

    @POST
    @Path("ratings")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR})
    @APIResponse(
            responseCode = "201",
            description = "Rated; the account is re-scored.",
            content = @Content(schema = @Schema(implementation = RatingResponse.class)))
    @Idempotent
    @Operation(operationId = "rateAccount", summary = "Rate a criterion; the account is re-scored")
    public Response rate(@PathParam("accountId") UUID accountId, @Valid @NotNull RatingRequest request) {
        return Response.status(201)
                .entity(RatingResponse.from(
                        scores.rate(accountId, request.criterionKey(), request.value(), request.comment())))
                .build();
    }

    @PUT
    @Path("tier-override")
    @RolesAllowed(Roles.KAM_ADMIN)
    @Operation(
            operationId = "overrideTier",
            summary = "Set the tier by hand, with a reason, until it expires",
            description = "The agreed key-account list takes it at once, as a new version with the reason OVERRIDE;"
                    + " when it expires, the account takes the tier its score proposes (OVERRIDE_EXPIRED).")
    public OverrideResponse override(@PathParam("accountId") UUID accountId, @Valid @NotNull OverrideRequest request) {
        return OverrideResponse.from(scores.override(accountId, request.tier(), request.reason(), request.expiresOn()));
    }
}
