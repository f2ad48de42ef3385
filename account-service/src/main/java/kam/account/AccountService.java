package kam.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kam.account.messaging.AccountEvents;
import kam.platform.messaging.Outbox;
import kam.platform.web.Preconditions;
import kam.platform.web.problem.ProblemException;

/** Registers and changes accounts; every change and its event commit together. */
@ApplicationScoped
public class AccountService {
    private final AccountRepository accounts;
    private final AccountPermissions permissions;
    private final Outbox outbox;

    public AccountService(AccountRepository accounts, AccountPermissions permissions, Outbox outbox) {
        this.accounts = accounts;
        this.permissions = permissions;
        this.outbox = outbox;
    }

    public Account get(UUID id) {
        Account account = accounts.findById(id);
        if (account == null) {
            throw ProblemException.notFound("account", id);
        }
        return account;
    }

    @Transactional
    public Account register(AccountProfile profile) {
        UUID id = UUID.randomUUID();
        requireRegistrable(profile);
        requireValidParent(id, profile.parentAccountId());
        Account account = Account.register(id, profile, Instant.now());
        accounts.persistAndFlush(account);
        outbox.publish(AccountEvents.registered(account));
        return account;
    }

    @Transactional
    public Account replace(UUID id, String ifMatch, AccountProfile profile) {
        Account account = get(id);
        Preconditions.requireIfMatch(ifMatch, account.version());
        permissions.requireCanChange(account);
        requireRegistrable(profile);
        requireValidParent(id, profile.parentAccountId());
        AccountProfile before = account.profile();
        List<String> changed = profile.fieldsChangedFrom(before);
        if (changed.isEmpty()) {
            return account;
        }
        account.apply(profile, Instant.now());
        accounts.flush();
        outbox.publish(AccountEvents.updated(account, changed));
        return account;
    }

    @Transactional
    public Account archive(UUID id, String ifMatch) {
        Account account = get(id);
        Preconditions.requireIfMatch(ifMatch, account.version());
        permissions.requireCanChange(account);
        account.archive(Instant.now());
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
            throw ProblemException.conflict("account " + parentId + " is " + id + " or one of its units: a cycle");
        }
    }
}
