package kam.scoring.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manual tier: always with a reason, and it ends by itself on its expiry date. */
@Schema(name = "TierOverrideRequest")
public record OverrideRequest(
        @Size(max = 60) @Schema(description = "A tier of the active scheme; null takes the account out of the tiers")
        String tier,

        @NotBlank @Size(max = 1000) String reason,

        @NotNull @Schema(description = "The last day the override holds")
        LocalDate expiresOn) {}
