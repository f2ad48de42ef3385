package kam.account.revenue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import kam.account.Account;
import kam.account.AccountPermissions;
import kam.account.AccountRepository;

/** Rolls figures up from units to their group, at any level of the hierarchy. */
@ApplicationScoped
public class Rollups {
    private final AccountRepository accounts;
    private final AccountPermissions permissions;
    private final EntityManager entityManager;

    public Rollups(AccountRepository accounts, AccountPermissions permissions, EntityManager entityManager) {
        this.accounts = accounts;
        this.permissions = permissions;
        this.entityManager = entityManager;
    }

    public Rollup of(UUID accountId) {
        Account account = accounts.require(accountId);
        permissions.requireCanReadRevenue(account);
        List<UUID> tree = accounts.selfAndUnits(accountId);
        long stakeholders = count("select count(s) from Stakeholder s where s.accountId in :tree", tree);
        long relationships = count("select count(r) from Relationship r where r.accountId in :tree", tree);
        List<Rollup.PeriodTotal> totals = entityManager
                .createQuery(
                        "select r.period, r.currency, sum(r.revenue), sum(r.margin), sum(r.categorySpend)"
                                + " from RevenueRecord r where r.accountId in :tree"
                                + " group by r.period, r.currency order by r.period, r.currency",
                        Object[].class)
                .setParameter("tree", tree)
                .getResultStream()
                .map(row -> {
                    RevenueFigures sum = new RevenueFigures(
                            (String) row[0], (BigDecimal) row[2], (BigDecimal) row[3], (BigDecimal) row[4], (String)
                                    row[1]);
                    return new Rollup.PeriodTotal(
                            sum.period(),
                            sum.currency(),
                            sum.revenue(),
                            sum.margin(),
                            sum.categorySpend(),
                            sum.shareOfWallet());
                })
                .toList();
        return new Rollup(accountId, tree.size() - 1, stakeholders, relationships, totals);
    }

    private long count(String jpql, List<UUID> tree) {
        return entityManager
                .createQuery(jpql, Long.class)
                .setParameter("tree", tree)
                .getSingleResult();
    }
}
