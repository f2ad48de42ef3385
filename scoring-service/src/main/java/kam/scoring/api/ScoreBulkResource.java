package kam.scoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kam.platform.messaging.jobs.JobResponse;
import kam.platform.messaging.jobs.Jobs;
import kam.platform.web.QueryParams;
import kam.platform.web.bulk.BulkExport;
import kam.platform.web.bulk.BulkFormat;
import kam.platform.web.bulk.BulkRows;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.security.Roles;
import kam.scoring.score.AccountScore;
import kam.scoring.score.AccountScoreRepository;
import kam.scoring.score.RatingImport;
import kam.scoring.selection.KeyAccountListRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Scores in bulk for internal systems: every current score out as CSV or NDJSON, and ratings in. */
@Path("/api/v1/scores/bulk")
@Tag(name = "Bulk data", description = "Accounts, scores and plans out and in as CSV or NDJSON.")
public class ScoreBulkResource {
    private final AccountScoreRepository scores;
    private final RatingImport ratings;
    private final BulkExport export;
    private final BulkRows rows;
    private final Jobs jobs;
    private final KeyAccountListRepository lists;

    public ScoreBulkResource(
            AccountScoreRepository scores,
            RatingImport ratings,
            BulkExport export,
            BulkRows rows,
            Jobs jobs,
            KeyAccountListRepository lists) {
        this.scores = scores;
        this.ratings = ratings;
        this.export = export;
        this.rows = rows;
        this.jobs = jobs;
        this.lists = lists;
    }

    /** One account's current score, flat: what an export row holds. */
    @Schema(name = "ScoreRow")
    public record ScoreRow(
            UUID accountId,
            UUID modelId,
            @Schema(nullable = true) Double score,
            @Schema(nullable = true) Double attractiveness,
            @Schema(nullable = true) Double strength,
            double completeness,

            @Schema(nullable = true, description = "The tier in the agreed key-account list; null: not a key account")
            String tier,

            @Schema(nullable = true) String quadrant,
            Instant computedAt,

            @Schema(nullable = true, description = "The tier the score proposes")
            String proposedTier) {
        static ScoreRow from(AccountScore score, String agreedTier) {
            return new ScoreRow(
                    score.accountId(),
                    score.modelId(),
                    score.state().score(),
                    score.state().attractiveness(),
                    score.state().strength(),
                    score.state().completeness(),
                    agreedTier,
                    score.state().quadrant(),
                    score.computedAt(),
                    score.state().tier());
        }
    }

    @GET
    @Produces({BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE})
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE, Roles.FINANCE})
    @Operation(
            operationId = "exportScores",
            summary = "Export every account's current score and tier as CSV or NDJSON, a page at a time",
            description = "In account id order, as the Accept header asks: text/csv (a header line) or"
                    + " application/x-ndjson (the default). When more follow, Link rel=next gives the next page.")
    @APIResponse(
            responseCode = "200",
            description = "One page of scores; Link rel=next while more follow.",
            content = {
                @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = ScoreRow.class)),
                @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    public Response export(
            @QueryParam("after") @Parameter(description = "The account id of the last row of the previous page")
                    String after,
            @QueryParam("limit") @DefaultValue(BulkExport.DEFAULT_LIMIT) @Min(1) @Max(BulkExport.MAX_LIMIT) int limit,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        Map<UUID, String> agreed = lists.tiersInForce();
        List<ScoreRow> page = scores.after(QueryParams.uuid("after", after), limit + 1).stream()
                .map(score -> ScoreRow.from(score, agreed.get(score.countedAs())))
                .toList();
        return export.page(headers, ScoreRow.class, page, limit, ScoreRow::accountId, uri);
    }

    @POST
    @Path("ratings")
    @Consumes({BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR})
    @Idempotent
    @Operation(
            operationId = "importRatings",
            summary = "Import ratings from CSV or NDJSON, all or nothing; the accounts are re-scored",
            description = "Scores are computed; what comes in for them is what people rate. Columns accountId,"
                    + " criterionKey, value, comment, each row as one rating of a rated criterion of the active"
                    + " model, by the caller: a row of an account whose team the caller is not on (nor a kam-admin) is"
                    + " refused. A file with any bad row is refused with each bad row and field named (rows[n].field,"
                    + " n the line number), and nothing is stored. At most 10,000 rows.")
    @APIResponse(
            responseCode = "200",
            description = "Rated.",
            content = @Content(schema = @Schema(implementation = RatingImport.Result.class)))
    @APIResponse(
            responseCode = "202",
            description = "With Prefer: respond-async, the import runs on as a job that Location names; a file that"
                    + " cannot be read is refused at once.",
            content = @Content(schema = @Schema(implementation = JobResponse.class)))
    public Response importRatings(
            String body,
            @Context HttpHeaders headers,
            @HeaderParam("Prefer") @Parameter(description = Jobs.PREFER) String prefer) {
        List<BulkRows.Numbered<RatingImport.Row>> read = rows.read(headers, body, RatingImport.Row.class, Set.of());
        return jobs.run(prefer, Jobs.Request.of(RatingImport.KIND), progress -> ratings.run(read, progress));
    }
}
