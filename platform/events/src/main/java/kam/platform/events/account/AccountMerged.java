package kam.platform.events.account;

import java.util.List;
import java.util.UUID;

/**
 * Two accounts merged: {@code accountId}, merged, is archived, and {@code survivorAccountId} goes on in its place. Its
 * team, stakeholders (with their relationships) and units moved to the survivor, which told each of them in events of
 * its own; its revenue was added to the survivor's, period by period; the external ids the survivor lacked moved
 * with it ({@code movedExternalRefs}). Sent before the merged account's kam.account.archived.
 */
public record AccountMerged(
        UUID accountId,
        String name,
        UUID survivorAccountId,
        String survivorName,
        String reason,
        String mergedBy,
        List<UUID> movedUnitIds,
        List<UUID> movedStakeholderIds,
        List<String> revenuePeriods,
        List<ExternalRef> movedExternalRefs) {}
