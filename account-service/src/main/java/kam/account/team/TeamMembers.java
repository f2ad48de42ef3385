package kam.account.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kam.account.Account;
import kam.account.AccountPermissions;
import kam.account.AccountRepository;
import kam.account.map.CoverageTracker;
import kam.account.messaging.AccountEvents;
import kam.account.relationship.RelationshipRepository;
import kam.platform.messaging.Outbox;
import kam.platform.web.Preconditions;
import kam.platform.web.problem.ProblemException;

/**
 * Our people on an account. There is at most one account manager at a time, and the account's owner mirrors them;
 * someone who still holds relationships cannot leave, so that no relationship is lost by accident.
 */
@ApplicationScoped
public class TeamMembers {
    private final AccountRepository accounts;
    private final TeamMemberRepository team;
    private final RelationshipRepository relationships;
    private final AccountPermissions permissions;
    private final Outbox outbox;
    private final CoverageTracker coverage;
    private final Clock clock;

    public TeamMembers(
            AccountRepository accounts,
            TeamMemberRepository team,
            RelationshipRepository relationships,
            AccountPermissions permissions,
            Outbox outbox,
            CoverageTracker coverage,
            Clock clock) {
        this.accounts = accounts;
        this.team = team;
        this.relationships = relationships;
        this.permissions = permissions;
        this.outbox = outbox;
        this.coverage = coverage;
        this.clock = clock;
    }

    public List<TeamMember> of(UUID accountId) {
        accounts.require(accountId);
        return team.ofAccount(accountId);
    }

    public TeamMember get(UUID accountId, UUID memberId) {
        TeamMember member = team.findById(memberId);
        if (member == null || !member.accountId().equals(accountId)) {
            throw ProblemException.notFound("team member", memberId);
        }
        return member;
    }

    @Transactional
    public TeamMember add(UUID accountId, String userId, String displayName, TeamRole role) {
        Account account = permissions.changeable(accountId);
        if (team.byUser(accountId, userId).isPresent()) {
            throw ProblemException.conflict(userId + " is on the team of account " + accountId + " already");
        }
        requireNoOtherManager(accountId, null, role);
        Instant now = clock.instant();
        TeamMember member = TeamMember.join(accountId, userId, displayName, role, now);
        team.persist(member);
        publish(account, member, "ADDED", now);
        return member;
    }

    @Transactional
    public TeamMember change(UUID accountId, UUID memberId, String ifMatch, String displayName, TeamRole role) {
        Account account = permissions.changeable(accountId);
        TeamMember member = get(accountId, memberId);
        Preconditions.requireIfMatch(ifMatch, member.version());
        requireNoOtherManager(accountId, memberId, role);
        Instant now = clock.instant();
        member.change(displayName, role, now);
        team.flush();
        publish(account, member, "CHANGED", now);
        return member;
    }

    @Transactional
    public void remove(UUID accountId, UUID memberId, String ifMatch) {
        Account account = permissions.changeable(accountId);
        TeamMember member = get(accountId, memberId);
        Preconditions.requireIfMatch(ifMatch, member.version());
        long held = relationships.ofTeamMember(memberId);
        if (held > 0) {
            throw ProblemException.conflict(member.userId() + " still holds " + held
                    + " relationships on this account; hand them over or remove them first");
        }
        team.delete(member);
        team.flush();
        publish(account, member, "REMOVED", clock.instant());
    }

    private void requireNoOtherManager(UUID accountId, UUID memberId, TeamRole role) {
        if (role != TeamRole.ACCOUNT_MANAGER) {
            return;
        }
        Optional<TeamMember> manager = team.accountManager(accountId);
        if (manager.isPresent() && !manager.get().id().equals(memberId)) {
            throw ProblemException.conflict("account " + accountId + " has an account manager already ("
                    + manager.get().userId() + "); change their role first");
        }
    }

    private void publish(Account account, TeamMember member, String change, Instant now) {
        String manager =
                team.accountManager(account.id()).map(TeamMember::userId).orElse(null);
        if (!Objects.equals(manager, account.ownerId())) {
            account.assignManager(manager, now);
        }
        outbox.publish(AccountEvents.teamChanged(member, change, manager));
        coverage.refresh(account.id());
    }
}
