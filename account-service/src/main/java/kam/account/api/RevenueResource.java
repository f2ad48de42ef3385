package kam.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kam.account.revenue.RevenueRecords;
import kam.account.revenue.Rollup;
import kam.account.revenue.Rollups;
import kam.platform.web.paging.Page;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{accountId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Revenue", description = "Revenue, margin and wallet per period; roll-ups over the account's units.")
public class RevenueResource {
    private final RevenueRecords revenue;
    private final Rollups rollups;

    public RevenueResource(RevenueRecords revenue, Rollups rollups) {
        this.revenue = revenue;
        this.rollups = rollups;
    }

    @GET
    @Path("revenue")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "listRevenue",
            summary = "The account's figures per period, with share of wallet and white space",
            description = "For finance, executives, kam-admins and the account's team.")
    public Page<RevenueResponse> list(@PathParam("accountId") UUID accountId) {
        return new Page<>(
                revenue.of(accountId).stream().map(RevenueResponse::from).toList(), null);
    }

    @POST
    @Path("revenue")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(operationId = "recordRevenue", summary = "Record or restate one period's figures")
    public RevenueResponse record(@PathParam("accountId") UUID accountId, @Valid @NotNull RevenueRequest request) {
        return RevenueResponse.from(revenue.record(accountId, request.toFigures()));
    }

    @GET
    @Path("rollup")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "getRollup",
            summary = "Figures rolled up from all units to this account",
            description = "Revenue, margin and wallet per period and currency, stakeholders and relationships.")
    public Rollup rollup(@PathParam("accountId") UUID accountId) {
        return rollups.of(accountId);
    }
}
