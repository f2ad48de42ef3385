package kam.account.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.account.messaging.AccountEvents;
import kam.account.relationship.Relationship;
import kam.account.relationship.RelationshipRepository;
import kam.account.stakeholder.Stakeholder;
import kam.account.stakeholder.StakeholderRepository;
import kam.account.team.TeamMember;
import kam.account.team.TeamMemberRepository;
import kam.account.team.TeamRole;
import kam.platform.messaging.Outbox;

/**
 * A merger's people: the merged account's team joins the survivor's (who is already on it keeps their role; the
 * merged account's manager joins as OTHER, the survivor keeping its own), and its stakeholders move with their org
 * chart and their relationships, each then held by the survivor's member of the same person. The merged account's
 * own team rows stay with it, archived, as its history.
 */
@ApplicationScoped
public class PeopleMove {
    private final TeamMemberRepository team;
    private final StakeholderRepository stakeholders;
    private final RelationshipRepository relationships;
    private final Outbox outbox;

    public PeopleMove(
            TeamMemberRepository team,
            StakeholderRepository stakeholders,
            RelationshipRepository relationships,
            Outbox outbox) {
        this.team = team;
        this.stakeholders = stakeholders;
        this.relationships = relationships;
        this.outbox = outbox;
    }

    /** Who joined the survivor's team (user ids) and which stakeholders moved. */
    public record Moved(List<String> members, List<UUID> stakeholders) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Moved move(UUID mergedId, UUID survivorId, Instant now) {
        String manager = team.accountManager(survivorId).map(TeamMember::userId).orElse(null);
        Map<UUID, TeamMember> theirs = new HashMap<>();
        List<String> joined = new ArrayList<>();
        for (TeamMember member : team.ofAccount(mergedId)) {
            TeamMember ours = team.byUser(survivorId, member.userId()).orElse(null);
            if (ours == null) {
                TeamRole role = member.role() == TeamRole.ACCOUNT_MANAGER ? TeamRole.OTHER : member.role();
                ours = TeamMember.join(survivorId, member.userId(), member.displayName(), role, now);
                team.persist(ours);
                outbox.publish(AccountEvents.teamChanged(ours, "ADDED", manager));
                joined.add(member.userId());
            }
            theirs.put(member.id(), ours);
        }
        team.flush();
        List<UUID> moved = new ArrayList<>();
        for (Stakeholder stakeholder : stakeholders.ofAccount(mergedId)) {
            stakeholder.moveTo(survivorId, now);
            moved.add(stakeholder.id());
        }
        stakeholders.flush();
        for (Stakeholder stakeholder : stakeholders.list("id in ?1", moved)) {
            outbox.publish(AccountEvents.stakeholderAdded(stakeholder));
        }
        for (Relationship relationship : relationships.ofAccount(mergedId)) {
            TeamMember holder = theirs.get(relationship.teamMemberId());
            relationship.moveTo(survivorId, holder.id(), now);
            relationships.flush();
            outbox.publish(AccountEvents.relationshipChanged(relationship, holder.userId(), "ADDED"));
        }
        return new Moved(joined, moved);
    }
}
