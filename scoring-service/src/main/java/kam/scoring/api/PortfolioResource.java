package kam.scoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.web.security.Roles;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.score.AccountScore;
import kam.scoring.score.AccountScoreRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portfolio", description = "The one authoritative, explained list of key accounts.")
public class PortfolioResource {
    private final AccountScoreRepository scores;
    private final AccountFactRepository facts;

    public PortfolioResource(AccountScoreRepository scores, AccountFactRepository facts) {
        this.scores = scores;
        this.facts = facts;
    }

    @Schema(name = "PortfolioEntry")
    public record Entry(
            int rank,
            UUID accountId,
            String name,
            Double score,
            String tier,
            String quadrant,
            Double attractiveness,
            Double strength,
            double completeness) {}

    @Schema(name = "Portfolio")
    public record Portfolio(List<Entry> items, Map<String, Long> tiers, Map<String, Long> quadrants) {}

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "getPortfolio",
            summary = "The ranked portfolio with tier and quadrant, and the counts per tier and quadrant")
    public Portfolio portfolio() {
        Map<UUID, String> names = new LinkedHashMap<>();
        facts.listAll().forEach(f -> names.put(f.accountId(), f.name()));
        List<Entry> items = new ArrayList<>();
        Map<String, Long> tiers = new LinkedHashMap<>();
        Map<String, Long> quadrants = new LinkedHashMap<>();
        for (AccountScore s : scores.ranked()) {
            items.add(new Entry(
                    items.size() + 1,
                    s.accountId(),
                    names.get(s.accountId()),
                    s.score(),
                    s.tier(),
                    s.quadrant(),
                    s.attractiveness(),
                    s.strength(),
                    s.completeness()));
            tiers.merge(s.tier() == null ? "none" : s.tier(), 1L, Long::sum);
            if (s.quadrant() != null) {
                quadrants.merge(s.quadrant(), 1L, Long::sum);
            }
        }
        return new Portfolio(items, tiers, quadrants);
    }
}
