package kam.scoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.web.security.Roles;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.model.ScoringModelRepository;
import kam.scoring.portfolio.MatrixSvg;
import kam.scoring.portfolio.PortfolioConcentration;
import kam.scoring.portfolio.PortfolioReads;
import kam.scoring.score.AccountScore;
import kam.scoring.score.AccountScoreRepository;
import kam.scoring.score.ScoreState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portfolio", description = "The one authoritative, explained list of key accounts, and its economics.")
public class PortfolioResource {
    private final AccountScoreRepository scores;
    private final AccountFactRepository facts;
    private final ScoringModelRepository models;
    private final PortfolioConcentration concentration;
    private final PortfolioReads reads;

    public PortfolioResource(
            AccountScoreRepository scores,
            AccountFactRepository facts,
            ScoringModelRepository models,
            PortfolioConcentration concentration,
            PortfolioReads reads) {
        this.scores = scores;
        this.facts = facts;
        this.models = models;
        this.concentration = concentration;
        this.reads = reads;
    }

    @Schema(name = "PortfolioEntry")
    public record Entry(
            int rank,
            UUID accountId,
            String name,
            Double score,

            @Schema(description = "Change of the score at its last move; null for a first score")
            Double trend,

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
            summary = "The ranked portfolio with score, trend, tier and quadrant, and the counts per tier and quadrant")
    public Portfolio portfolio() {
        Map<UUID, String> names = names();
        Map<UUID, Double> trends = reads.trends();
        List<Entry> items = new ArrayList<>();
        Map<String, Long> tiers = new LinkedHashMap<>();
        Map<String, Long> quadrants = new LinkedHashMap<>();
        for (AccountScore score : scores.ranked()) {
            ScoreState s = score.state();
            items.add(new Entry(
                    items.size() + 1,
                    score.accountId(),
                    names.get(score.accountId()),
                    s.score(),
                    trends.get(score.accountId()),
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

    @GET
    @Path("matrix/svg")
    @Produces("image/svg+xml")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "drawPortfolioMatrix", summary = "The portfolio matrix as a picture")
    public String matrix() {
        Map<UUID, String> names = names();
        double midpoint = models.active().map(m -> m.matrixMidpoint()).orElse(50.0);
        List<MatrixSvg.Dot> dots = scores.ranked().stream()
                .filter(s -> s.state().attractiveness() != null && s.state().strength() != null)
                .map(s -> new MatrixSvg.Dot(
                        s.accountId(),
                        names.get(s.accountId()),
                        s.state().attractiveness(),
                        s.state().strength(),
                        s.state().tier()))
                .toList();
        return MatrixSvg.render(dots, midpoint);
    }

    @GET
    @Path("concentration")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE, Roles.FINANCE})
    @Operation(
            operationId = "getConcentration",
            summary = "Revenue concentration: top-k share, Pareto curve, Herfindahl-Hirschman index, flagged groups")
    public PortfolioConcentration.Report concentration(
            @QueryParam("k") @DefaultValue("20") @Min(1) @Max(10_000) int k,
            @QueryParam("threshold") @DefaultValue("0.10") @DecimalMin("0.01") @DecimalMax("1") double threshold) {
        return concentration.report(k, threshold);
    }

    @GET
    @Path("{accountId}/lifetime-value")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE, Roles.FINANCE, Roles.ACCOUNT_MANAGER})
    @Operation(
            operationId = "getLifetimeValue",
            summary = "Customer lifetime value, infinite and finite horizon, with every input")
    public PortfolioReads.LifetimeValue lifetimeValue(
            @PathParam("accountId") UUID accountId,
            @QueryParam("retention") @DefaultValue("0.9") @DecimalMin("0") @DecimalMax(value = "1", inclusive = false)
                    double retention,
            @QueryParam("discount") @DefaultValue("0.08") @DecimalMin("0") double discount,
            @QueryParam("acquisitionCost") @DefaultValue("0") @DecimalMin("0") double acquisitionCost,
            @QueryParam("costToServe") @DefaultValue("0") @DecimalMin("0") double costToServe,
            @QueryParam("years") @DefaultValue("5") @Min(1) @Max(50) int years) {
        return reads.lifetimeValue(accountId, retention, discount, acquisitionCost, costToServe, years);
    }

    @GET
    @Path("{accountId}/share-of-wallet")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE, Roles.FINANCE, Roles.ACCOUNT_MANAGER})
    @Operation(operationId = "getShareOfWallet", summary = "Our revenue against the customer's category spend")
    public PortfolioReads.WalletShare shareOfWallet(@PathParam("accountId") UUID accountId) {
        return reads.walletShare(accountId);
    }

    private Map<UUID, String> names() {
        Map<UUID, String> names = new LinkedHashMap<>();
        facts.listAll().forEach(f -> names.put(f.accountId(), f.name()));
        return names;
    }
}
