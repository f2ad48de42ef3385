package kam.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import kam.account.revenue.RevenueImport;
import kam.platform.web.bulk.BulkRows;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/revenue-imports")
@Tag(name = "Revenue")
public class RevenueImportResource {
    private final RevenueImport importer;
    private final BulkRows rows;

    public RevenueImportResource(RevenueImport importer, BulkRows rows) {
        this.importer = importer;
        this.rows = rows;
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
    public ImportResult importCsv(@Context HttpHeaders headers, String csv) {
        return new ImportResult(importer.run(rows.readAll(headers, csv, RevenueRequest.class, RevenueImport.KEYS)
                .map(RevenueRequest::toFigures)));
    }
}
