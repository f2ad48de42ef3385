package kam.scoring.facts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What scoring keeps of an account from the account events: enough to derive criteria and to show names. */
@Entity
public class AccountFact {
    @Id
    private UUID accountId;

    private String name;
    private String status;
    private UUID parentId;
    private String region;
    private String currency;

    /** Figures by period (2026, 2026-Q3, 2026-09). */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, PeriodFigures> revenue = new TreeMap<>();

    private Integer coverageStatus;
    private Instant updatedAt;

    protected AccountFact() {}

    public static AccountFact of(UUID accountId) {
        AccountFact fact = new AccountFact();
        fact.accountId = accountId;
        return fact;
    }

    public void describe(String name, String status, UUID parentId, String region, String currency, Instant now) {
        this.name = name;
        this.status = status;
        this.parentId = parentId;
        this.region = region;
        this.currency = currency;
        this.updatedAt = now;
    }

    public void archive(Instant now) {
        this.status = "ARCHIVED";
        this.updatedAt = now;
    }

    public void record(String period, PeriodFigures figures, Instant now) {
        Map<String, PeriodFigures> copy = new TreeMap<>(revenue);
        copy.put(period, figures);
        this.revenue = copy;
        this.updatedAt = now;
    }

    public void coverage(int status, Instant now) {
        this.coverageStatus = status;
        this.updatedAt = now;
    }

    /** 0 to 3 as account-service's coverage analysis says; null before the first analysis. */
    public Integer coverageStatus() {
        return coverageStatus;
    }

    public boolean active() {
        return !"ARCHIVED".equals(status);
    }

    public UUID accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public UUID parentId() {
        return parentId;
    }

    public String region() {
        return region;
    }

    public Map<String, PeriodFigures> revenue() {
        return Map.copyOf(revenue);
    }
}
