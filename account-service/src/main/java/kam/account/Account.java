package kam.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A customer account: a group or one of its units, with what we know of its business. */
@Entity
public class Account {
    @Id
    private UUID id;

    private String name;
    private String legalName;
    private String industry;
    private String region;
    private String country;

    @Column(name = "parent_id")
    private UUID parentAccountId;

    private String ownerId;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    @Enumerated(EnumType.STRING)
    private AccountSize size;

    private String currency;
    private String mission;
    private String vision;

    @Column(name = "account_values")
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> values = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> businessObjectives = new ArrayList<>();

    private String strategy;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> markets = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> customerCompetitors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> ourCompetitors = new ArrayList<>();

    /** System to the id it knows the account by; unique per system across accounts (account_external_ref). */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> externalRefs = new TreeMap<>();

    private Instant createdAt;
    private Instant updatedAt;
    private Instant archivedAt;

    /** The account this one merged into; archived with it. */
    private UUID mergedIntoId;

    private Integer coverageStatus;

    @Version
    private long version;

    protected Account() {}

    public static Account register(UUID id, AccountProfile profile, Instant now) {
        Account account = new Account();
        account.id = id;
        account.status = AccountStatus.ACTIVE;
        account.createdAt = now;
        account.apply(profile, now);
        return account;
    }

    /** Replaces the whole profile. */
    public void apply(AccountProfile profile, Instant now) {
        if (isArchived()) {
            throw new AccountArchivedException(id);
        }
        name = profile.name();
        legalName = profile.legalName();
        industry = profile.industry();
        region = profile.region();
        country = profile.country();
        parentAccountId = profile.parentAccountId();
        ownerId = profile.ownerId();
        status = profile.status();
        size = profile.size();
        currency = profile.currency();
        mission = profile.mission();
        vision = profile.vision();
        values = new ArrayList<>(profile.values());
        businessObjectives = new ArrayList<>(profile.businessObjectives());
        strategy = profile.strategy();
        markets = new ArrayList<>(profile.markets());
        customerCompetitors = new ArrayList<>(profile.customerCompetitors());
        ourCompetitors = new ArrayList<>(profile.ourCompetitors());
        externalRefs = new TreeMap<>(profile.externalRefs());
        updatedAt = now;
    }

    /** The owner mirrors the team's account manager; the team is where it changes. */
    public void assignManager(String userId, Instant now) {
        ownerId = userId;
        updatedAt = now;
    }

    /** Takes the coverage status of the account's decision-making unit; returns whether it moved. */
    public boolean recordCoverage(int status) {
        if (coverageStatus != null && coverageStatus == status) {
            return false;
        }
        coverageStatus = status;
        return true;
    }

    public void archive(Instant now) {
        if (isArchived()) {
            throw new AccountArchivedException(id);
        }
        status = AccountStatus.ARCHIVED;
        archivedAt = now;
        updatedAt = now;
    }

    /** Merged into another account, which goes on in its place: archived, naming it. */
    public void mergeInto(UUID survivorId, Instant now) {
        archive(now);
        mergedIntoId = survivorId;
    }

    public UUID mergedIntoId() {
        return mergedIntoId;
    }

    public boolean isArchived() {
        return status == AccountStatus.ARCHIVED;
    }

    public AccountProfile profile() {
        return new AccountProfile(
                name,
                legalName,
                industry,
                region,
                country,
                parentAccountId,
                ownerId,
                status,
                size,
                currency,
                mission,
                vision,
                List.copyOf(values),
                List.copyOf(businessObjectives),
                strategy,
                List.copyOf(markets),
                List.copyOf(customerCompetitors),
                List.copyOf(ourCompetitors),
                Collections.unmodifiableSortedMap(new TreeMap<>(externalRefs)));
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String ownerId() {
        return ownerId;
    }

    public UUID parentAccountId() {
        return parentAccountId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant archivedAt() {
        return archivedAt;
    }

    public long version() {
        return version;
    }
}
