package kam.account.revenue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kam.account.Account;
import kam.account.AccountPermissions;
import kam.account.AccountRepository;
import kam.account.messaging.AccountEvents;
import kam.platform.messaging.Outbox;

/** An account's revenue, margin and wallet per period. */
@ApplicationScoped
public class RevenueRecords {
    private final AccountRepository accounts;
    private final RevenueRecordRepository records;
    private final AccountPermissions permissions;
    private final Outbox outbox;
    private final Clock clock;

    public RevenueRecords(
            AccountRepository accounts,
            RevenueRecordRepository records,
            AccountPermissions permissions,
            Outbox outbox,
            Clock clock) {
        this.accounts = accounts;
        this.records = records;
        this.permissions = permissions;
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<RevenueRecord> of(UUID accountId) {
        Account account = accounts.require(accountId);
        permissions.requireCanReadRevenue(account);
        return records.ofAccount(accountId);
    }

    @Transactional
    public RevenueRecord record(UUID accountId, RevenueFigures figures) {
        permissions.changeable(accountId);
        return store(accountId, figures);
    }

    /** Records checked figures of any accounts in the caller's transaction: all of them or, on failure, none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RevenueRecord store(UUID accountId, RevenueFigures figures) {
        Instant now = clock.instant();
        RevenueRecord record = records.forPeriod(accountId, figures.period())
                .map(existing -> {
                    existing.restate(figures, now);
                    return existing;
                })
                .orElseGet(() -> {
                    RevenueRecord created = RevenueRecord.of(accountId, figures, now);
                    records.persist(created);
                    return created;
                });
        records.flush();
        outbox.publish(AccountEvents.revenueRecorded(record));
        return record;
    }
}
