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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports/quarterly/{quarter}")
@Tag(name = "Quarterly results", description = "The key accounts' quarter, shared across the organisation")
public class ReportResource {
    private static final String CSV = "text/csv";
    // The alternative formats carry a lower server quality (qs), so that a client that accepts anything gets JSON.

    private final QuarterlyReports reports;
    private final ResultsPublishing publishing;
    private final PublishedResultsRepository published;

    public ReportResource(
            QuarterlyReports reports, ResultsPublishing publishing, PublishedResultsRepository published) {
        this.reports = reports;
        this.publishing = publishing;
        this.published = published;
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
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "getQuarterlyResults",
            summary = "The quarter's results as they stand",
            description = "Also as text/csv (a row per account) and text/html (one page with charts), by Accept.")
    public QuarterlyResults json(@PathParam("quarter") @Parameter(example = "2027-Q1") String quarter) {
        return reports.compose(quarter(quarter));
    }

    @GET
    @Produces(CSV + ";qs=0.5")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "getQuarterlyResultsCsv", summary = "The quarter's results, a row per account")
    public Response csv(@PathParam("quarter") String quarter) {
        Quarter q = quarter(quarter);
        return Response.ok(QuarterlyCsv.of(reports.compose(q)), CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"key-accounts-" + q + ".csv\"")
                .build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";qs=0.5")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "getQuarterlyResultsPage", summary = "The quarter's results as one page with charts")
    public Response html(@PathParam("quarter") String quarter) {
        return Response.ok(QuarterlyHtml.of(reports.compose(quarter(quarter))), MediaType.TEXT_HTML + "; charset=utf-8")
                .build();
    }

    @POST
    @Path("publish")
    @Transactional
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE})
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
