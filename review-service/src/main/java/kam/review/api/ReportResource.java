package kam.review.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.problem.ProblemException;
import kam.platform.web.security.Roles;
import kam.review.report.PublishedResults;
import kam.review.report.PublishedResultsRepository;
import kam.review.report.Quarter;
import kam.review.report.QuarterlyCsv;
import kam.review.report.QuarterlyHtml;
import kam.review.report.QuarterlyReports;
import kam.review.report.QuarterlyResults;
import kam.review.report.ResultsPublishing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports/quarterly/{quarter}")
@Tag(name = "Quarterly results", description = "The key accounts' quarter, shared across the organisation")
public class ReportResource {
    private static final String CSV = "text/csv";
    private static final List<Variant> FORMATS = Variant.mediaTypes(
                    MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(CSV), MediaType.TEXT_HTML_TYPE)
            .build();

    private final QuarterlyReports reports;
    private final ResultsPublishing publishing;
    private final PublishedResultsRepository published;
    private final QuarterlyHtml html;

    public ReportResource(
            QuarterlyReports reports,
            ResultsPublishing publishing,
            PublishedResultsRepository published,
            QuarterlyHtml html) {
        this.reports = reports;
        this.publishing = publishing;
        this.published = published;
        this.html = html;
    }

    /** One published edition, as kept. */
    public record Edition(
            UUID resultsId,
            String quarter,
            int edition,
            String publishedBy,
            Instant publishedAt,
            QuarterlyResults results) {}

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV, MediaType.TEXT_HTML})
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "getQuarterlyResults",
            summary = "The quarter's results as they stand",
            description = "JSON by default; text/csv gives a row per account, text/html one page with charts for the"
                    + " executive meeting.")
    @APIResponse(
            responseCode = "200",
            description = "The results in the format asked for.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = QuarterlyResults.class)),
                @Content(mediaType = CSV),
                @Content(mediaType = MediaType.TEXT_HTML)
            })
    public Response results(
            @PathParam("quarter") @Parameter(example = "2027-Q1") String quarter, @Context Request request) {
        Quarter q = quarter(quarter);
        // JSON is listed first, so a client that accepts anything gets JSON.
        Variant chosen = request.selectVariant(FORMATS);
        if (chosen == null) {
            return Response.notAcceptable(FORMATS).build();
        }
        QuarterlyResults results = reports.compose(q);
        if (chosen.getMediaType().isCompatible(MediaType.valueOf(CSV))) {
            return Response.ok(QuarterlyCsv.of(results), CSV + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"key-accounts-" + q + ".csv\"")
                    .build();
        }
        if (chosen.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(html.of(results), MediaType.TEXT_HTML + "; charset=utf-8")
                    .build();
        }
        return Response.ok(results, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("publish")
    @Transactional
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE})
    @APIResponse(
            responseCode = "201",
            description = "Published; Location names the edition.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Edition.class)))
    @Idempotent
    @Operation(
            operationId = "publishQuarterlyResults",
            summary = "Publish the quarter's results to the organisation",
            description = "Once the quarter is over (422 before). Each call keeps a new edition and publishes"
                    + " kam.review.quarterly-results-published.v1.")
    public Response publish(@PathParam("quarter") String quarter, @Context UriInfo uri) {
        PublishedResults kept = publishing.publish(quarter(quarter));
        return Response.created(uri.getBaseUriBuilder()
                        .path("/api/v1/reports/quarterly/{quarter}/editions/{edition}")
                        .build(kept.quarter(), kept.edition()))
                .entity(edition(kept))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("editions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "listQuarterlyEditions", summary = "The published editions of the quarter, first first")
    public List<Edition> editions(@PathParam("quarter") String quarter) {
        return published.editionsOf(quarter(quarter).toString()).stream()
                .map(ReportResource::edition)
                .toList();
    }

    @GET
    @Path("editions/{edition}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "getQuarterlyEdition", summary = "One published edition, as it was published")
    public Edition edition(@PathParam("quarter") String quarter, @PathParam("edition") int edition) {
        return published.editionsOf(quarter(quarter).toString()).stream()
                .filter(e -> e.edition() == edition)
                .findFirst()
                .map(ReportResource::edition)
                .orElseThrow(() -> ProblemException.notFound("edition of " + quarter, edition));
    }

    private static Edition edition(PublishedResults kept) {
        return new Edition(
                kept.id(), kept.quarter(), kept.edition(), kept.publishedBy(), kept.publishedAt(), kept.results());
    }

    private static Quarter quarter(String text) {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("quarter", "path", e.getMessage());
        }
    }
}
