package kam.account.messaging;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.account.Account;
import kam.account.relationship.Relationship;
import kam.account.revenue.RevenueRecord;
import kam.account.stakeholder.Stakeholder;
import kam.account.stakeholder.StakeholderDetails;
import kam.account.team.TeamMember;
import kam.platform.events.account.AccountArchived;
import kam.platform.events.account.AccountDetails;
import kam.platform.events.account.AccountMerged;
import kam.platform.events.account.AccountMoved;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.account.AccountUpdated;
import kam.platform.events.account.ExternalRef;
import kam.platform.events.account.RelationshipChanged;
import kam.platform.events.account.RevenueRecorded;
import kam.platform.events.account.StakeholderAdded;
import kam.platform.events.account.StakeholderChanged;
import kam.platform.events.account.StakeholderRemoved;
import kam.platform.events.account.StakeholderSnapshot;
import kam.platform.events.account.TeamChanged;

/** The events the account service publishes, shaped as the event contract says. */
public final class AccountEvents {
    private AccountEvents() {}

    public static AccountRegistered registered(Account account) {
        return new AccountRegistered(account.id(), details(account));
    }

    public static AccountUpdated updated(Account account, List<String> changedFields) {
        return new AccountUpdated(account.id(), details(account), changedFields);
    }

    public static AccountArchived archived(Account account) {
        return new AccountArchived(account.id(), account.name(), account.archivedAt(), account.version());
    }

    public static AccountMoved moved(Account account, UUID fromGroupId) {
        return new AccountMoved(
                account.id(), account.name(), fromGroupId, account.parentAccountId(), account.version());
    }

    /** @param merger what moved: the units, stakeholders, revenue periods and external ids */
    public static AccountMerged merged(Account merged, Account survivor, Merger merger) {
        return new AccountMerged(
                merged.id(),
                merged.name(),
                survivor.id(),
                survivor.name(),
                merger.reason(),
                merger.by(),
                List.copyOf(merger.units()),
                List.copyOf(merger.stakeholders()),
                List.copyOf(merger.revenuePeriods()),
                ExternalRef.listOf(merger.externalRefs()));
    }

    /** What a merger moved, as its event tells it. */
    public record Merger(
            String reason,
            String by,
            List<UUID> units,
            List<UUID> stakeholders,
            List<String> revenuePeriods,
            Map<String, String> externalRefs) {}

    /** @param change ADDED, CHANGED or REMOVED */
    public static TeamChanged teamChanged(TeamMember member, String change, String accountManagerId) {
        return new TeamChanged(
                member.accountId(),
                member.id(),
                member.userId(),
                member.displayName(),
                member.role().name(),
                change,
                accountManagerId);
    }

    public static StakeholderAdded stakeholderAdded(Stakeholder stakeholder) {
        return new StakeholderAdded(stakeholder.accountId(), snapshot(stakeholder));
    }

    public static StakeholderChanged stakeholderChanged(Stakeholder stakeholder) {
        return new StakeholderChanged(stakeholder.accountId(), snapshot(stakeholder));
    }

    public static StakeholderRemoved stakeholderRemoved(Stakeholder stakeholder, int removedRelationships) {
        return new StakeholderRemoved(
                stakeholder.accountId(), stakeholder.id(), stakeholder.name(), removedRelationships);
    }

    /** @param change ADDED or CHANGED; see {@link #relationshipRemoved} */
    public static RelationshipChanged relationshipChanged(Relationship r, String userId, String change) {
        var details = r.details();
        return new RelationshipChanged(
                r.accountId(),
                r.id(),
                r.teamMemberId(),
                userId,
                r.stakeholderId(),
                details.strength(),
                details.lastContact(),
                details.contactFrequencyDays(),
                change);
    }

    public static RelationshipChanged relationshipRemoved(Relationship r, String userId) {
        return new RelationshipChanged(
                r.accountId(), r.id(), r.teamMemberId(), userId, r.stakeholderId(), null, null, null, "REMOVED");
    }

    public static RevenueRecorded revenueRecorded(RevenueRecord record) {
        var figures = record.figures();
        return new RevenueRecorded(
                record.accountId(),
                figures.period(),
                figures.revenue(),
                figures.margin(),
                figures.categorySpend(),
                figures.currency(),
                record.recordedAt());
    }

    private static StakeholderSnapshot snapshot(Stakeholder stakeholder) {
        StakeholderDetails d = stakeholder.details();
        return new StakeholderSnapshot(
                stakeholder.id(),
                d.name(),
                d.title(),
                d.department(),
                d.level(),
                d.reportsToId(),
                d.buyingRoles().stream().map(Enum::name).toList(),
                d.attitude().name(),
                d.influence(),
                d.attributes(),
                stakeholder.version());
    }

    private static AccountDetails details(Account account) {
        return AccountDetailsMapping.INSTANCE.details(account.profile(), account.version());
    }
}
