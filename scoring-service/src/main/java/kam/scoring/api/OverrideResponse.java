package kam.scoring.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kam.scoring.score.TierOverride;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tier set by hand, as the API shows it: it holds until {@code expiresOn}, inclusive. */
@Schema(name = "TierOverride")
public record OverrideResponse(
        UUID accountId, String tier, String reason, LocalDate expiresOn, String createdBy, Instant createdAt) {
    static OverrideResponse from(TierOverride o) {
        return new OverrideResponse(o.accountId(), o.tier(), o.reason(), o.expiresOn(), o.createdBy(), o.createdAt());
    }
}
