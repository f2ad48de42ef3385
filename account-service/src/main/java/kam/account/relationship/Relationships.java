package kam.account.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import kam.account.AccountPermissions;
import kam.account.AccountRepository;
import kam.account.map.CoverageTracker;
import kam.account.messaging.AccountEvents;
import kam.account.stakeholder.Stakeholder;
import kam.account.stakeholder.StakeholderRepository;
import kam.account.team.TeamMember;
import kam.account.team.TeamMemberRepository;
import kam.platform.messaging.Outbox;
import kam.platform.web.Preconditions;
import kam.platform.web.problem.ProblemException;

/** The relationships between our team and the customer's decision-making unit. */
@ApplicationScoped
public class Relationships {
    private final AccountRepository accounts;
    private final RelationshipRepository relationships;
    private final TeamMemberRepository team;
    private final StakeholderRepository stakeholders;
    private final AccountPermissions permissions;
    private final Outbox outbox;
    private final CoverageTracker coverage;
    private final Clock clock;

    public Relationships(
            AccountRepository accounts,
            RelationshipRepository relationships,
            TeamMemberRepository team,
            StakeholderRepository stakeholders,
            AccountPermissions permissions,
            Outbox outbox,
            CoverageTracker coverage,
            Clock clock) {
        this.accounts = accounts;
        this.relationships = relationships;
        this.team = team;
        this.stakeholders = stakeholders;
        this.permissions = permissions;
        this.outbox = outbox;
        this.coverage = coverage;
        this.clock = clock;
    }

    public List<Relationship> of(UUID accountId) {
        accounts.require(accountId);
        return relationships.ofAccount(accountId);
    }

    public Relationship get(UUID accountId, UUID relationshipId) {
        Relationship relationship = relationships.findById(relationshipId);
        if (relationship == null || !relationship.accountId().equals(accountId)) {
            throw ProblemException.notFound("relationship", relationshipId);
        }
        return relationship;
    }

    @Transactional
    public Relationship add(UUID accountId, UUID teamMemberId, UUID stakeholderId, RelationshipDetails details) {
        permissions.changeable(accountId);
        TeamMember member = team.findById(teamMemberId);
        if (member == null || !member.accountId().equals(accountId)) {
            throw ProblemException.unprocessable("teamMemberId", "is not on this account's team");
        }
        Stakeholder stakeholder = stakeholders.findById(stakeholderId);
        if (stakeholder == null || !stakeholder.accountId().equals(accountId)) {
            throw ProblemException.unprocessable("stakeholderId", "is not in this account's decision-making unit");
        }
        if (relationships.exists(teamMemberId, stakeholderId)) {
            throw ProblemException.conflict(
                    member.userId() + " has a relationship with " + stakeholder.name() + " already; change that one");
        }
        Relationship relationship =
                Relationship.between(accountId, teamMemberId, stakeholderId, details, clock.instant());
        relationships.persistAndFlush(relationship);
        outbox.publish(AccountEvents.relationshipChanged(relationship, member.userId(), "ADDED"));
        coverage.refresh(accountId);
        return relationship;
    }

    @Transactional
    public Relationship change(UUID accountId, UUID relationshipId, String ifMatch, RelationshipDetails details) {
        permissions.changeable(accountId);
        Relationship relationship = get(accountId, relationshipId);
        Preconditions.requireIfMatch(ifMatch, relationship.version());
        if (relationship.details().equals(details)) {
            return relationship;
        }
        relationship.change(details, clock.instant());
        relationships.flush();
        outbox.publish(AccountEvents.relationshipChanged(relationship, userOf(relationship), "CHANGED"));
        coverage.refresh(accountId);
        return relationship;
    }

    @Transactional
    public void remove(UUID accountId, UUID relationshipId, String ifMatch) {
        permissions.changeable(accountId);
        Relationship relationship = get(accountId, relationshipId);
        Preconditions.requireIfMatch(ifMatch, relationship.version());
        String userId = userOf(relationship);
        relationships.delete(relationship);
        relationships.flush();
        outbox.publish(AccountEvents.relationshipRemoved(relationship, userId));
        coverage.refresh(accountId);
    }

    private String userOf(Relationship relationship) {
        return team.findByIdOptional(relationship.teamMemberId())
                .map(TeamMember::userId)
                .orElse(null);
    }
}
