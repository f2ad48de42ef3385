package kam.scoring.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;
import kam.scoring.facts.AccountFact;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.facts.DerivedValues;
import kam.scoring.rules.CustomerLifetimeValue;
import kam.scoring.rules.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Per-account figures of the portfolio: lifetime value, share of wallet, and the score trend. */
@ApplicationScoped
public class PortfolioReads {
    private final AccountFactRepository facts;
    private final EntityManager entityManager;

    public PortfolioReads(AccountFactRepository facts, EntityManager entityManager) {
        this.facts = facts;
        this.entityManager = entityManager;
    }

    /** Both lifetime values with every input shown; the margin is the last 12 months', before cost to serve. */
    public record LifetimeValue(
            UUID accountId,
            double yearlyMargin,
            double costToServe,
            double retention,
            double discount,
            double acquisitionCost,
            int years,
            double infiniteHorizon,
            double finiteHorizon) {}

    public record WalletShare(
            UUID accountId,
            double revenue,
            double categorySpend,
            @Schema(nullable = true) Double shareOfWallet,
            @Schema(nullable = true) Double whiteSpace) {}

    public LifetimeValue lifetimeValue(
            UUID accountId, double retention, double discount, double acquisitionCost, double costToServe, int years) {
        if (years < 1 || years > 50) {
            throw new RuleViolation("years", "must be 1 to 50");
        }
        double margin = DerivedValues.lastTwelveMonths(require(accountId)).margin() - costToServe;
        List<Double> margins = Collections.nCopies(years, margin);
        return new LifetimeValue(
                accountId,
                margin + costToServe,
                costToServe,
                retention,
                discount,
                acquisitionCost,
                years,
                CustomerLifetimeValue.infinite(margin, retention, discount, acquisitionCost),
                CustomerLifetimeValue.finite(margins, retention, discount));
    }

    public WalletShare walletShare(UUID accountId) {
        DerivedValues.LastTwelveMonths last = DerivedValues.lastTwelveMonths(require(accountId));
        boolean known = last.categorySpend() > 0;
        return new WalletShare(
                accountId,
                last.revenue(),
                last.categorySpend(),
                known ? last.revenue() / last.categorySpend() : null,
                known ? last.categorySpend() - last.revenue() : null);
    }

    /** How much each account's score moved at its last change: current minus previous; absent for a first score. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Double> trends() {
        List<Object[]> rows = entityManager
                .createNativeQuery("select account_id, score from (select account_id, score, row_number() over"
                        + " (partition by account_id order by valid_from desc) as position from score_history) h"
                        + " where position <= 2 order by account_id, position")
                .getResultList();
        Map<UUID, Double> latest = new HashMap<>();
        Map<UUID, Double> trends = new HashMap<>();
        for (Object[] row : rows) {
            UUID account = (UUID) row[0];
            Double score = row[1] == null ? null : ((Number) row[1]).doubleValue();
            if (!latest.containsKey(account)) {
                latest.put(account, score);
            } else if (score != null && latest.get(account) != null) {
                trends.put(account, latest.get(account) - score);
            }
        }
        return trends;
    }

    private AccountFact require(UUID accountId) {
        AccountFact fact = facts.findById(accountId);
        if (fact == null) {
            throw ProblemException.notFound("account", accountId);
        }
        return fact;
    }
}
