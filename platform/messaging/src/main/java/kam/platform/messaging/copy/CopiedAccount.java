package kam.platform.messaging.copy;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kam.platform.events.account.AccountDetails;
import kam.platform.events.account.TeamChanged;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What every service that keeps a copy of accounts (table account_copy) knows of one from the account and scoring
 * events: its name, status and group, who is on its team in which role, and its tier. Each service's AccountCopy adds
 * what only it needs; {@link CopiedAccounts} finds them.
 */
@MappedSuperclass
public abstract class CopiedAccount {
    @Id
    private UUID accountId;

    private String name;
    private String status;
    private UUID parentId;
    private String accountManager;

    /** User id to team role (ACCOUNT_MANAGER, EXECUTIVE_SPONSOR, MENTOR, ...). */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> team = new HashMap<>();

    private String tier;
    private Instant updatedAt;

    protected CopiedAccount() {}

    /** The account as its registration or latest change tells it. */
    public void describe(AccountDetails account, Instant now) {
        this.name = account.name();
        this.status = account.status();
        this.parentId = account.parentAccountId();
        this.accountManager = account.ownerId();
        changed(now);
    }

    public void archive(Instant now) {
        this.status = "ARCHIVED";
        changed(now);
    }

    /** Someone joined, changed role or left; the event names who manages the account after it. */
    public void teamChanged(TeamChanged change, Instant now) {
        this.team = change.applyTo(team);
        this.accountManager = change.accountManagerId();
        changed(now);
    }

    public void tier(String tier, Instant now) {
        this.tier = tier;
        changed(now);
    }

    protected void changed(Instant now) {
        this.updatedAt = now;
    }

    /** Registered and not archived. */
    public boolean active() {
        return name != null && !"ARCHIVED".equals(status);
    }

    public boolean onTeam(String userId) {
        return team.containsKey(userId) || userId.equals(accountManager);
    }

    /** User id to team role, as the team events told them. */
    public Map<String, String> members() {
        return new HashMap<>(team);
    }

    /** User id to team role, the account manager included. */
    public Map<String, String> team() {
        Map<String, String> all = members();
        if (accountManager != null) {
            all.putIfAbsent(accountManager, "ACCOUNT_MANAGER");
        }
        return all;
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
