package kam.account.revenue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Our revenue and margin at an account in one period, with the customer's spend in our category (the wallet). */
@Entity
public class RevenueRecord {
    @Id
    private UUID id;

    private UUID accountId;
    private String period;
    private BigDecimal revenue;
    private BigDecimal margin;
    private BigDecimal categorySpend;
    private String currency;
    private Instant recordedAt;

    @Version
    private long version;

    protected RevenueRecord() {}

    public static RevenueRecord of(UUID accountId, RevenueFigures figures, Instant now) {
        RevenueRecord record = new RevenueRecord();
        record.id = UUID.randomUUID();
        record.accountId = accountId;
        record.period = figures.period();
        record.restate(figures, now);
        return record;
    }

    /** A period's figures are restated, not added to: recording a period again replaces them. */
    public void restate(RevenueFigures figures, Instant now) {
        revenue = figures.revenue();
        margin = figures.margin();
        categorySpend = figures.categorySpend();
        currency = figures.currency();
        recordedAt = now;
    }

    public RevenueFigures figures() {
        return new RevenueFigures(period, revenue, margin, categorySpend, currency);
    }

    public UUID accountId() {
        return accountId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
