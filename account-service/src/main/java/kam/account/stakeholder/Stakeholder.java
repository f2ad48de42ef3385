package kam.account.stakeholder;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One of the customer's people in the decision-making unit. */
@Entity
public class Stakeholder {
    @Id
    private UUID id;

    private UUID accountId;
    private String name;
    private String title;
    private String department;
    private String level;
    private UUID reportsToId;

    /** Stored as the roles' names: JSON keeps the set open to new roles without a migration. */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> buyingRoles = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private Attitude attitude;

    private int influence;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> attributes = new LinkedHashMap<>();

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Stakeholder() {}

    public static Stakeholder add(UUID accountId, StakeholderDetails details, Instant now) {
        Stakeholder stakeholder = new Stakeholder();
        stakeholder.id = UUID.randomUUID();
        stakeholder.accountId = accountId;
        stakeholder.createdAt = now;
        stakeholder.change(details, now);
        return stakeholder;
    }

    public void change(StakeholderDetails details, Instant now) {
        name = details.name();
        title = details.title();
        department = details.department();
        level = details.level();
        reportsToId = details.reportsToId();
        buyingRoles = new ArrayList<>(
                details.buyingRoles().stream().map(Enum::name).distinct().toList());
        attitude = details.attitude();
        influence = details.influence();
        attributes = new LinkedHashMap<>(details.attributes());
        updatedAt = now;
    }

    /** The account merged into another: its people are the survivor's, their org chart with them. */
    public void moveTo(UUID survivorId, Instant now) {
        accountId = survivorId;
        updatedAt = now;
    }

    public StakeholderDetails details() {
        return new StakeholderDetails(
                name,
                title,
                department,
                level,
                reportsToId,
                buyingRoles(),
                attitude,
                influence,
                Map.copyOf(attributes));
    }

    public List<BuyingRole> buyingRoles() {
        return buyingRoles.stream().map(BuyingRole::valueOf).toList();
    }

    public boolean decides() {
        return buyingRoles().stream().anyMatch(BuyingRole::decides);
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public UUID reportsToId() {
        return reportsToId;
    }

    public Attitude attitude() {
        return attitude;
    }

    public int influence() {
        return influence;
    }

    public long version() {
        return version;
    }
}
