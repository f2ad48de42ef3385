package kam.planning.account;

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
 * What planning keeps of an account from the account and scoring events: its name and status, its group, who is on
 * its team in which role (to check who may change its plans), and its tier.
 */
@Entity
public class AccountCopy {
    /** The team role that approves plans rather than committing to them. */
    public static final String MENTOR = "MENTOR";

    @Id
    private UUID accountId;

    private String name;
    private String status;
    private UUID parentId;
    private String accountManager;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> team = new HashMap<>();

    private String tier;
    private Instant updatedAt;

    protected AccountCopy() {}

    public void describe(String name, String status, UUID parentId, String accountManager, Instant now) {
        this.name = name;
        this.status = status;
        this.parentId = parentId;
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

    public void tier(String tier, Instant now) {
        this.tier = tier;
        this.updatedAt = now;
    }

    public boolean onTeam(String userId) {
        return team.containsKey(userId) || userId.equals(accountManager);
    }

    /** The members who commit to a plan: the whole team but its mentor, who approves instead. */
    public Map<String, String> coreTeam() {
        Map<String, String> core = new HashMap<>(team);
        core.values().removeIf(MENTOR::equals);
        return core;
    }

    public UUID accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String status() {
        return status;
    }

    public UUID parentId() {
        return parentId;
    }

    public String accountManager() {
        return accountManager;
    }

    public String tier() {
        return tier;
    }
}
