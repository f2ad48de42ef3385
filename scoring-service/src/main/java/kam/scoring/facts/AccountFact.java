package kam.scoring.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import kam.platform.events.account.TeamChanged;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

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

    /**
     * Figures by period (2026, 2026-Q3, 2026-09). Replaced whole, never changed in place ({@link #record}): so Hibernate
     * need not deep-copy it (by writing and reading its JSON) for each account it loads, half of reading the portfolio
     * when a model is published.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private Map<String, PeriodFigures> revenue = new TreeMap<>();

    /** Kept with every figure recorded: the sum {@link DerivedValues#lastTwelveMonths} makes. */
    @Column(name = "revenue_12m")
    private BigDecimal revenue12m = BigDecimal.ZERO;

    private Integer coverageStatus;

    /** Who may rate the account, with kam-admins: its account manager and its team (its mentor included). */
    private String accountManager;

    /** User id to team role, as the team events told them; replaced whole, like {@link #revenue}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private Map<String, String> team = new HashMap<>();

    /** System to the id it knows the account by, as the account events tell it: carried on in tier-changed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private Map<String, String> externalRefs = new HashMap<>();

    private Instant updatedAt;

    protected AccountFact() {}

    public static AccountFact of(UUID accountId) {
        AccountFact fact = new AccountFact();
        fact.accountId = accountId;
        return fact;
    }

    /** Takes what the registration or an update tells; returns whether the account's group or status changed. */
    /** What a new description of the account changed, as far as scoring is concerned. */
    public record Described(boolean regrouped, boolean scoringInputs) {}

    /**
     * Takes the account's profile. Its group and status decide whose score counts where (regrouped); they and its
     * region are scoring inputs (a group counts its units' regions); its name and currency are neither.
     */
    public Described describe(
            String name, String status, UUID parentId, String region, String currency, String owner, Instant now) {
        boolean regrouped = !Objects.equals(this.parentId, parentId) || !Objects.equals(this.status, status);
        boolean scoringInputs = regrouped || !Objects.equals(this.region, region);
        this.name = name;
        this.status = status;
        this.parentId = parentId;
        this.region = region;
        this.currency = currency;
        this.accountManager = owner;
        this.updatedAt = now;
        return new Described(regrouped, scoringInputs);
    }

    /** The ids other systems know the account by; none when the event is older than they are. */
    public void knownAs(Map<String, String> refs) {
        this.externalRefs = refs == null ? Map.of() : Map.copyOf(refs);
    }

    public Map<String, String> externalRefs() {
        return externalRefs;
    }

    /** Someone joined, changed role or left; the event names who manages the account after it. */
    public void teamChanged(TeamChanged change, Instant now) {
        this.team = change.applyTo(team);
        this.accountManager = change.accountManagerId();
        this.updatedAt = now;
    }

    /** On the account's team in any role (its mentor too), or its account manager. */
    public boolean onTeam(String userId) {
        return team.containsKey(userId) || userId.equals(accountManager);
    }

    public void archive(Instant now) {
        this.status = "ARCHIVED";
        this.updatedAt = now;
    }

    public void record(String period, PeriodFigures figures, Instant now) {
        Map<String, PeriodFigures> copy = new TreeMap<>(revenue);
        copy.put(period, figures);
        this.revenue = copy;
        this.revenue12m = BigDecimal.valueOf(
                        DerivedValues.lastTwelveMonths(this).revenue())
                .setScale(2, RoundingMode.HALF_UP);
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

    /** Registered and not archived: a fact known only from other events is not an account to score yet. */
    public boolean active() {
        return status != null && !"ARCHIVED".equals(status);
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
