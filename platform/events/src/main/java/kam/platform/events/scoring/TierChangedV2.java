package kam.platform.events.scoring;

import java.util.List;
import java.util.UUID;
import kam.platform.events.account.ExternalRef;

/**
 * An account's tier in the agreed key-account list changed; a null tier means it is not a key account. Sent only when
 * the list in force changes, never when a score merely proposes another tier. {@code reason} is LIST_AGREED (people
 * approved a selection round), OVERRIDE (a kam-admin set the tier by hand), OVERRIDE_EXPIRED (such an override ended)
 * or AUTOMATIC (the list follows the scores with hysteresis); {@code listVersion} names the version it made;
 * {@code externalRefs} the ids other systems know the account by (erp, crm), so that finance joins the change to its
 * own customer without a lookup table.
 */
public record TierChangedV2(
        UUID accountId,
        String accountName,
        String previousTier,
        String tier,
        String reason,
        int listVersion,
        UUID modelId,
        List<ExternalRef> externalRefs) {}
