package kam.scoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kam.platform.web.QueryParams;
import kam.platform.web.paging.Keyset;
import kam.platform.web.paging.Page;
import kam.platform.web.problem.ProblemException;
import kam.platform.web.security.Roles;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.model.ScoringModelRepository;
import kam.scoring.portfolio.MatrixSvg;
import kam.scoring.portfolio.PortfolioConcentration;
import kam.scoring.portfolio.PortfolioRanking;
import kam.scoring.portfolio.PortfolioReads;
import kam.scoring.rules.Quadrant;
import kam.scoring.score.AccountScoreRepository;
import kam.scoring.score.Calibration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portfolio", description = "The one authoritative, explained list of key accounts, and its economics.")
public class PortfolioResource {
    private final AccountScoreRepository scores;
    private final AccountFactRepository facts;
    private final ScoringModelRepository models;
    private final PortfolioConcentration concentration;
    private final PortfolioReads reads;
    private final PortfolioRanking ranking;
    private final Calibration calibration;

    public PortfolioResource(
            AccountScoreRepository scores,
            AccountFactRepository facts,
            ScoringModelRepository models,
            PortfolioConcentration concentration,
            PortfolioReads reads,
            PortfolioRanking ranking,
            Calibration calibration) {
        this.scores = scores;
        this.facts = facts;
        this.models = models;
        this.concentration = concentration;
        this.reads = reads;
        this.ranking = ranking;
        this.calibration = calibration;
    }

    @Schema(name = "Portfolio")
    public record Portfolio(
            List<PortfolioRanking.Entry> items,

            @Schema(description = "Opaque; absent on the last page.", nullable = true)
            String nextCursor,

            @Schema(description = "Accounts per tier over the whole portfolio; \"none\" counts those without a tier")
            Map<String, Long> tiers,

            @Schema(description = "Accounts per quadrant over the whole portfolio")
            Map<String, Long> quadrants) {}

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "getPortfolio",
            summary = "The ranked portfolio with score, trend, tier and quadrant, a page at a time, and the counts per"
                    + " tier and quadrant",
            description = "Ranks are over the whole portfolio, also in a filtered page. The next page is in nextCursor"
                    + " and in the Link header (rel=next).")
    public RestResponse<Portfolio> portfolio(
            @QueryParam("tier") @Parameter(description = "A tier name, or none for accounts without a tier")
                    String tier,
            @QueryParam("quadrant") @Parameter(description = "STRATEGIC, STAR, STATUS or LAGGARD") String quadrant,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @Context UriInfo uri) {
        Quadrant wanted = QueryParams.enumValue("quadrant", quadrant, Quadrant.class);
        PortfolioRanking.RankedPage page = ranking.page(
                tier == null || tier.isBlank() ? null : tier.strip(),
                wanted == null ? null : wanted.name(),
                cursor,
                limit);
        return Keyset.ok(
                new Portfolio(page.items(), page.nextCursor(), ranking.countsBy("tier"), ranking.countsBy("quadrant")),
                page.nextCursor(),
                uri);
    }

    @GET
    @Path("calibration")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "listCalibrationFlags",
            summary = "The accounts whose raters disagree widely on a criterion, for calibration",
            description = "Under the active model, each account whose raters' latest ratings of a rated criterion lie"
                    + " the model's calibration levels apart or more (2 on a 5-level scale by default), widest first,"
                    + " with each rater's value. A selection round naming one is approved only with a note.")
    public Page<Calibration.Flagged> calibration() {
        return new Page<>(calibration.flagged(), null);
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
            summary = "Revenue concentration: top-k share, Pareto curve, Herfindahl-Hirschman index, flagged groups",
            description = "Customers are customer groups (an account with all its units counts once), or accounts with"
                    + " by=account. Revenue is the last 12 months', in the reporting currency; revenue in a currency"
                    + " without a rate is refused with 422 naming the currencies, never summed as it is.")
    public PortfolioConcentration.Report concentration(
            @QueryParam("k") @DefaultValue("20") @Min(1) @Max(10_000) int k,
            @QueryParam("threshold") @DefaultValue("0.10") @DecimalMin("0.01") @DecimalMax("1") double threshold,
            @QueryParam("by")
                    @DefaultValue("group")
                    @Pattern(regexp = "group|account", message = "must be group or account")
                    @Parameter(description = "group (default): a customer group counts once; account: each account")
                    String by) {
        try {
            return concentration.report(k, threshold, PortfolioConcentration.By.valueOf(by.toUpperCase(Locale.ROOT)));
        } catch (PortfolioConcentration.UnknownRates e) {
            throw ProblemException.unprocessable("currency", e.getMessage());
        }
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
