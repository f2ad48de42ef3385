package kam.account.team;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One of our people on an account, with their role there. */
@Entity
public class TeamMember {
    @Id
    private UUID id;

    private UUID accountId;
    private String userId;
    private String displayName;

    @Enumerated(EnumType.STRING)
    private TeamRole role;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected TeamMember() {}

    public static TeamMember join(UUID accountId, String userId, String displayName, TeamRole role, Instant now) {
        TeamMember member = new TeamMember();
        member.id = UUID.randomUUID();
        member.accountId = accountId;
        member.userId = userId;
        member.displayName = displayName;
        member.role = role;
        member.createdAt = now;
        member.updatedAt = now;
        return member;
    }

    public void change(String displayName, TeamRole role, Instant now) {
        this.displayName = displayName;
        this.role = role;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public String userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public TeamRole role() {
        return role;
    }

    public long version() {
        return version;
    }
}
