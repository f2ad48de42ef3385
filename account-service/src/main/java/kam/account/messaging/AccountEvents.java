package kam.account.messaging;

import java.util.List;
import kam.account.Account;
import kam.account.AccountProfile;
import kam.platform.events.account.AccountArchived;
import kam.platform.events.account.AccountDetails;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.account.AccountUpdated;

/** The events an account's changes publish, as the event contract shapes them. */
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

    private static AccountDetails details(Account account) {
        AccountProfile p = account.profile();
        return new AccountDetails(
                p.name(),
                p.legalName(),
                p.industry(),
                p.region(),
                p.country(),
                p.parentAccountId(),
                p.ownerId(),
                p.status().name(),
                p.size() == null ? null : p.size().name(),
                p.currency(),
                p.mission(),
                p.vision(),
                p.values(),
                p.businessObjectives(),
                p.strategy(),
                p.markets(),
                p.customerCompetitors(),
                p.ourCompetitors(),
                account.version());
    }
}
