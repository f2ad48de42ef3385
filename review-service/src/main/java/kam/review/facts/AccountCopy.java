package kam.review.facts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kam.platform.events.account.TeamChanged;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What review keeps of an account from the account and scoring events: its name and team (who attends its reviews and
 * who may change them), its tier and score (whether it is in the cadence), and its relationship coverage (the gaps the
 * agenda shows).
 */
@Entity
public class AccountCopy {
    @Id
    private UUID accountId;

    private String name;
    private String status;
    private String accountManager;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> team = new HashMap<>();

    private String tier;
    private Double score;
    private Integer coverageStatus;
    private String coverageLabel;
    private Boolean singleThreaded;
    private boolean inCadence;
    private Instant updatedAt;

    protected AccountCopy() {}

    public void describe(String name, String status, String accountManager, Instant now) {
        this.name = name;
        this.status = status;
        this.accountManager = accountManager;
        this.updatedAt = now;
    }

    public void archive(Instant now) {
        this.status = "ARCHIVED";
        this.updatedAt = now;
    }

    /** Someone joined, changed role or left; {@code accountManager} is who manages the account after it. */
    public void teamChanged(TeamChanged change, Instant now) {
        this.team = change.applyTo(team);
        this.accountManager = change.accountManagerId();
        this.updatedAt = now;
    }

    public void scored(Double score, String tier, Instant now) {
        this.score = score;
        this.tier = tier;
        this.updatedAt = now;
    }

    public void tier(String tier, Instant now) {
        this.tier = tier;
        this.updatedAt = now;
    }

    public void coverage(int status, String label, boolean singleThreaded, Instant now) {
        this.coverageStatus = status;
        this.coverageLabel = label;
        this.singleThreaded = singleThreaded;
        this.updatedAt = now;
    }

    public void inCadence(boolean inCadence) {
        this.inCadence = inCadence;
    }

    /** Registered and not archived: only such an account is reviewed. */
    public boolean active() {
        return name != null && !"ARCHIVED".equals(status);
    }

    public boolean onTeam(String userId) {
        return team.containsKey(userId) || userId.equals(accountManager);
    }

    public UUID accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String accountManager() {
        return accountManager;
    }

    /** User id to team role, the account manager included. */
    public Map<String, String> team() {
        Map<String, String> all = new HashMap<>(team);
        if (accountManager != null) {
            all.putIfAbsent(accountManager, "ACCOUNT_MANAGER");
        }
        return all;
    }

    public String tier() {
        return tier;
    }

    public Double score() {
        return score;
    }

    public Integer coverageStatus() {
        return coverageStatus;
    }

    public String coverageLabel() {
        return coverageLabel;
    }

    public boolean singleThreaded() {
        return Boolean.TRUE.equals(singleThreaded);
    }

    public boolean inCadence() {
        return inCadence;
    }
}
