package kam.platform.events.scoring;

import java.util.UUID;

/**
 * An account moved between tiers; a null tier means it is not a key account. {@code reason} is SCORE, CAP, OVERRIDE
 * or OVERRIDE_EXPIRED.
 */
public record TierChanged(UUID accountId, String previousTier, String tier, String reason, UUID modelId) {}
