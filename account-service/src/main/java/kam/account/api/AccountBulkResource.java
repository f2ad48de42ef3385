package kam.account.api;

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
import java.util.List;
import kam.account.AccountImport;
import kam.account.AccountRepository;
import kam.platform.messaging.jobs.JobResponse;
import kam.platform.messaging.jobs.Jobs;
import kam.platform.web.QueryParams;
import kam.platform.web.bulk.BulkExport;
import kam.platform.web.bulk.BulkFormat;
import kam.platform.web.bulk.BulkRows;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts in bulk for internal systems: every account out as CSV or NDJSON, page by page, and back in. */
@Path("/api/v1/accounts/bulk")
@Tag(name = "Bulk data", description = "Accounts, scores and plans out and in as CSV or NDJSON.")
public class AccountBulkResource {
    private final AccountRepository accounts;
    private final AccountImport importer;
    private final BulkExport export;
    private final BulkRows rows;
    private final Jobs jobs;

    public AccountBulkResource(
            AccountRepository accounts, AccountImport importer, BulkExport export, BulkRows rows, Jobs jobs) {
        this.accounts = accounts;
        this.importer = importer;
        this.export = export;
        this.rows = rows;
        this.jobs = jobs;
    }

    @GET
    @Produces({BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE})
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE, Roles.FINANCE})
    @Operation(
            operationId = "exportAccounts",
            summary = "Export every account as CSV or NDJSON, a page at a time",
            description = "Every account, archived ones too, in id order, as the Accept header asks: text/csv (a"
                    + " header line; lists as JSON in their cell) or application/x-ndjson (the default). When more"
                    + " follow, Link rel=next gives the next page's address.")
    @APIResponse(
            responseCode = "200",
            description = "One page of accounts; Link rel=next while more follow.",
            content = {
                @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = AccountResponse.class)),
                @Content(
                        mediaType = BulkFormat.CSV_TYPE,
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
            })
    public Response export(
            @QueryParam("after") @Parameter(description = "The id of the last account of the previous page")
                    String after,
            @QueryParam("limit") @DefaultValue(BulkExport.DEFAULT_LIMIT) @Min(1) @Max(BulkExport.MAX_LIMIT) int limit,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        List<AccountResponse> page = accounts.after(QueryParams.uuid("after", after), limit + 1).stream()
                .map(AccountResponse::from)
                .toList();
        return export.page(headers, AccountResponse.class, page, limit, AccountResponse::id, uri);
    }

    @POST
    @Consumes({BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KAM_ADMIN)
    @Idempotent
    @Operation(
            operationId = "importAccounts",
            summary = "Import accounts from CSV or NDJSON, all or nothing",
            description = "The fields of registering an account, plus id and version: a row without an id registers"
                    + " an account; a row with the id and the version it was read at replaces that account's profile"
                    + " (an export's rows import as they are). Every rule of the single operations holds. A file with"
                    + " any bad row is refused with each bad row and field named (rows[n].field, n the line number),"
                    + " and nothing is stored. At most 10,000 rows.")
    @APIResponse(
            responseCode = "200",
            description = "Imported.",
            content = @Content(schema = @Schema(implementation = AccountImport.Result.class)))
    @APIResponse(
            responseCode = "202",
            description = "With Prefer: respond-async, the import runs on as a job that Location names; a file that"
                    + " cannot be read is refused at once.",
            content = @Content(schema = @Schema(implementation = JobResponse.class)))
    public Response importAccounts(
            String body,
            @Context HttpHeaders headers,
            @HeaderParam("Prefer") @Parameter(description = Jobs.PREFER) String prefer) {
        List<BulkRows.Numbered<AccountRequest>> read =
                rows.read(headers, body, AccountRequest.class, AccountImport.KEYS);
        return jobs.run(prefer, Jobs.Request.of(AccountImport.KIND), progress -> importer.run(read, progress));
    }
}
