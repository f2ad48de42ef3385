package kam.platform.events.scoring;

import java.util.UUID;

/**
 * An account's tier in the agreed key-account list changed; a null tier means it is not a key account. Sent only when
 * the list in force changes, never when a score merely proposes another tier. {@code reason} is LIST_AGREED (people
 * approved a selection round), OVERRIDE (a kam-admin set the tier by hand), OVERRIDE_EXPIRED (such an override ended)
 * or AUTOMATIC (the list follows the scores with hysteresis); {@code listVersion} names the version it made.
 */
public record TierChangedV2(
        UUID accountId,
        String accountName,
        String previousTier,
        String tier,
        String reason,
        int listVersion,
        UUID modelId) {}
