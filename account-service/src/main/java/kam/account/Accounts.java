package kam.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import kam.account.messaging.AccountEvents;
import kam.account.team.TeamMember;
import kam.account.team.TeamMemberRepository;
import kam.account.team.TeamRole;
import kam.platform.messaging.Outbox;
import kam.platform.web.Preconditions;
import kam.platform.web.problem.ProblemException;

/** Registers and changes accounts; every change and its events commit together. */
@ApplicationScoped
public class Accounts {
    private final AccountRepository accounts;
    private final TeamMemberRepository team;
    private final AccountPermissions permissions;
    private final ExternalRefs refs;
    private final Outbox outbox;
    private final Clock clock;

    public Accounts(
            AccountRepository accounts,
            TeamMemberRepository team,
            AccountPermissions permissions,
            ExternalRefs refs,
            Outbox outbox,
            Clock clock) {
        this.accounts = accounts;
        this.team = team;
        this.permissions = permissions;
        this.refs = refs;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Account get(UUID id) {
        return accounts.require(id);
    }

    /** Registers the account; its owner, if any, joins its team as the account manager. */
    @Transactional
    public Account register(AccountProfile profile) {
        UUID id = UUID.randomUUID();
        requireRegistrable(profile);
        requireValidParent(id, profile.parentAccountId());
        Instant now = clock.instant();
        Account account = Account.register(id, profile, now);
        accounts.persistAndFlush(account);
        refs.claim(id, profile.externalRefs());
        outbox.publish(AccountEvents.registered(account));
        if (profile.ownerId() != null) {
            TeamMember manager = TeamMember.join(id, profile.ownerId(), null, TeamRole.ACCOUNT_MANAGER, now);
            team.persist(manager);
            outbox.publish(AccountEvents.teamChanged(manager, "ADDED", manager.userId()));
        }
        return account;
    }

    @Transactional
    public Account replace(UUID id, String ifMatch, AccountProfile profile) {
        Account account = get(id);
        Preconditions.requireIfMatch(ifMatch, account.version());
        permissions.requireCanChange(account);
        requireRegistrable(profile);
        if (!Objects.equals(profile.ownerId(), account.ownerId())) {
            throw ProblemException.unprocessable(
                    "ownerId", "is the team's account manager; change it through the account's team");
        }
        requireValidParent(id, profile.parentAccountId());
        List<String> changed = profile.fieldsChangedFrom(account.profile());
        if (changed.isEmpty()) {
            return account;
        }
        if (changed.contains("externalRefs")) {
            refs.claim(id, profile.externalRefs());
        }
        UUID fromGroup = account.parentAccountId();
        account.apply(profile, clock.instant());
        accounts.flush();
        outbox.publish(AccountEvents.updated(account, changed));
        if (changed.contains("parentAccountId")) {
            outbox.publish(AccountEvents.moved(account, fromGroup));
        }
        return account;
    }

    @Transactional
    public Account archive(UUID id, String ifMatch) {
        Account account = get(id);
        Preconditions.requireIfMatch(ifMatch, account.version());
        permissions.requireCanChange(account);
        account.archive(clock.instant());
        accounts.flush();
        outbox.publish(AccountEvents.archived(account));
        return account;
    }

    private static void requireRegistrable(AccountProfile profile) {
        if (profile.status() == AccountStatus.ARCHIVED) {
            throw ProblemException.unprocessable("status", "an account is archived through its archive action");
        }
    }

    private void requireValidParent(UUID id, UUID parentId) {
        if (parentId == null) {
            return;
        }
        Account parent = accounts.findById(parentId);
        if (parent == null) {
            throw ProblemException.unprocessable("parentAccountId", "account " + parentId + " does not exist");
        }
        if (parent.isArchived()) {
            throw ProblemException.unprocessable("parentAccountId", "account " + parentId + " is archived");
        }
        if (accounts.reachesUpwards(parentId, id)) {
            throw ProblemException.unprocessable(
                    "parentAccountId", "account " + parentId + " is " + id + " or one of its units: a cycle");
        }
    }
}
