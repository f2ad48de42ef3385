package kam.scoring.score;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A tier set by hand, with its reason, until it expires by itself. A null tier takes the account out of the tiers. */
@Entity
public class TierOverride {
    @Id
    private UUID accountId;

    private String tier;
    private String reason;
    private LocalDate expiresOn;
    private String createdBy;
    private Instant createdAt;

    protected TierOverride() {}

    public static TierOverride of(
            UUID accountId, String tier, String reason, LocalDate expiresOn, String by, Instant createdAt) {
        TierOverride override = new TierOverride();
        override.accountId = accountId;
        override.tier = tier;
        override.reason = reason;
        override.expiresOn = expiresOn;
        override.createdBy = by;
        override.createdAt = createdAt;
        return override;
    }

    /** In force up to and including its expiry date. */
    public boolean inForceOn(LocalDate day) {
        return !day.isAfter(expiresOn);
    }

    public UUID accountId() {
        return accountId;
    }

    public String tier() {
        return tier;
    }

    public String reason() {
        return reason;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
