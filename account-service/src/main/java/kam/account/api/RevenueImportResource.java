package kam.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kam.account.revenue.RevenueFigures;
import kam.account.revenue.RevenueImport;
import kam.platform.messaging.jobs.JobResponse;
import kam.platform.messaging.jobs.Jobs;
import kam.platform.web.bulk.BulkRows;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/revenue-imports")
@Tag(name = "Revenue")
public class RevenueImportResource {
    private final RevenueImport importer;
    private final BulkRows rows;
    private final Jobs jobs;

    public RevenueImportResource(RevenueImport importer, BulkRows rows, Jobs jobs) {
        this.importer = importer;
        this.rows = rows;
        this.jobs = jobs;
    }

    /** How many rows a successful import recorded. */
    public record ImportResult(int imported) {}

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KAM_ADMIN)
    @Idempotent
    @Operation(
            operationId = "importRevenue",
            summary = "Import figures of many accounts from CSV, all or nothing",
            description = "Header accountId,period,revenue,margin,categorySpend,currency. A file with any bad row is"
                    + " refused with every bad row and field named (rows[n].field, n the line number), and nothing"
                    + " is written.")
    @APIResponse(
            responseCode = "200",
            description = "Recorded.",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(
            responseCode = "202",
            description = "With Prefer: respond-async, the import runs on as a job that Location names; a file whose"
                    + " header or format is wrong is refused at once, bad rows fail the job with each one named.",
            content = @Content(schema = @Schema(implementation = JobResponse.class)))
    public Response importCsv(
            @Context HttpHeaders headers,
            String csv,
            @HeaderParam("Prefer") @Parameter(description = Jobs.PREFER) String prefer) {
        BulkRows.Read<RevenueFigures> read = rows.readAll(headers, csv, RevenueRequest.class, RevenueImport.KEYS)
                .map(RevenueRequest::toFigures);
        return jobs.run(
                prefer,
                Jobs.Request.of(RevenueImport.KIND),
                progress -> new ImportResult(importer.run(read, progress)));
    }
}
