package kam.planning.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kam.planning.plan.PlanRepository;
import kam.planning.plan.Plans;
import kam.platform.web.QueryParams;
import kam.platform.web.bulk.BulkExport;
import kam.platform.web.bulk.BulkFormat;
import kam.platform.web.bulk.BulkRows;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.problem.Problem;
import kam.platform.web.problem.ProblemException;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Plans in bulk for internal systems: every plan out as CSV or NDJSON, and new drafts in. */
@Path("/api/v1/plans/bulk")
@Tag(name = "Bulk data", description = "Accounts, scores and plans out and in as CSV or NDJSON.")
public class PlanBulkResource {
    private final PlanRepository repository;
    private final Plans plans;
    private final BulkExport export;
    private final BulkRows rows;

    public PlanBulkResource(PlanRepository repository, Plans plans, BulkExport export, BulkRows rows) {
        this.repository = repository;
        this.plans = plans;
        this.export = export;
        this.rows = rows;
    }

    /** What an import did. */
    public record ImportResult(int drafted) {}

    @GET
    @Produces({BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE})
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE, Roles.FINANCE})
    @Operation(
            operationId = "exportPlans",
            summary = "Export every plan as CSV or NDJSON, a page at a time",
            description = "Every plan with its content, in id order, as the Accept header asks: text/csv (a header"
                    + " line; the content as JSON in its cell) or application/x-ndjson (the default). When more"
                    + " follow, Link rel=next gives the next page.")
    @APIResponse(
            responseCode = "200",
            description = "One page of plans; Link rel=next while more follow.",
            content = {
                @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = PlanResponse.class)),
                @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    public Response export(
            @QueryParam("after") @Parameter(description = "The id of the last plan of the previous page") String after,
            @QueryParam("limit") @DefaultValue(BulkExport.DEFAULT_LIMIT) @Min(1) @Max(BulkExport.MAX_LIMIT) int limit,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        List<PlanResponse> page = repository.after(QueryParams.uuid("after", after), limit + 1).stream()
                .map(plan -> PlanResponse.from(plan, plans.pendingCommitments(plan)))
                .toList();
        return export.page(headers, PlanResponse.class, page, limit, PlanResponse::id, uri);
    }

    @POST
    @Transactional
    @Consumes({BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @Idempotent
    @Operation(
            operationId = "importPlans",
            summary = "Draft plans from CSV or NDJSON, all or nothing",
            description = "Each row as one POST /api/v1/plans takes (accountId, title, periodStart, content...)"
                    + " drafts a plan; a stored plan changes through its own API and revision workflow, so a row"
                    + " with an id is refused. A file with any bad row is refused with each bad row and field named"
                    + " (rows[n].field, n the line number), and nothing is stored. At most 10,000 rows.")
    @APIResponse(
            responseCode = "200",
            description = "Drafted.",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    public ImportResult importPlans(String body, @Context HttpHeaders headers) {
        List<BulkRows.Numbered<PlanRequest>> read = rows.read(headers, body, PlanRequest.class, Set.of("id"));
        List<Problem.Violation> violations = new ArrayList<>();
        for (BulkRows.Numbered<PlanRequest> row : read) {
            String at = "rows[" + row.line() + "]";
            if (row.key("id") != null) {
                violations.add(new Problem.Violation(
                        at + ".id", "body", "names a stored plan; an import drafts new plans only"));
                continue;
            }
            try {
                PlanEdit edit = row.row().edit();
                plans.create(row.row().accountId(), edit.header(), edit.contentOrEmpty());
            } catch (ProblemException e) {
                violations.addAll(BulkRows.ofRow(row.line(), e));
            }
        }
        BulkRows.refuseIfAny(violations);
        return new ImportResult(read.size());
    }
}
