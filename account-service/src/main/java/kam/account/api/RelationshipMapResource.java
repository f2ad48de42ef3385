package kam.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kam.account.map.OrgChartSvg;
import kam.account.map.RelationshipMaps;
import kam.account.map.RelationshipMaps.MapData;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{accountId}/relationship-map")
@Tag(name = "Relationships")
public class RelationshipMapResource {
    private final RelationshipMaps maps;

    public RelationshipMapResource(RelationshipMaps maps) {
        this.maps = maps;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "getRelationshipMap",
            summary = "The relationship map and its coverage",
            description = "Stakeholders (org chart), team, relationships, and the coverage analysis: status 0 to 3,"
                    + " key players without a strong relationship, single-threaded risk, overdue relationships and"
                    + " profile completeness.")
    public RelationshipMapResponse map(@PathParam("accountId") UUID accountId) {
        return RelationshipMapResponse.from(maps.of(accountId));
    }

    @GET
    @Path("svg")
    @Produces("image/svg+xml")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "drawRelationshipMap",
            summary = "The org chart as a picture",
            description = "Coloured by attitude, with our coverage on each stakeholder.")
    public String picture(@PathParam("accountId") UUID accountId) {
        MapData map = maps.of(accountId);
        return OrgChartSvg.render(map.account().name(), map.stakeholders(), map.relationships());
    }
}
