package kam.account.merge;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import kam.account.Account;
import kam.account.AccountPermissions;
import kam.account.AccountRepository;
import kam.account.ExternalRefs;
import kam.account.ProfileChanges;
import kam.account.map.CoverageTracker;
import kam.account.messaging.AccountEvents;
import kam.account.revenue.RevenueFigures;
import kam.account.revenue.RevenueRecord;
import kam.account.revenue.RevenueRecordRepository;
import kam.account.revenue.RevenueRecords;
import kam.platform.messaging.Outbox;
import kam.platform.web.Preconditions;
import kam.platform.web.problem.ProblemException;

/**
 * Two accounts merge (companies do): the merged one's team, stakeholders with their relationships, and units go to the
 * survivor; its revenue is added to the survivor's period by period; the external ids the survivor lacks go with it;
 * then it is archived, naming the survivor. One transaction, each move told in the survivor's own events, then
 * kam.account.merged and the merged account's kam.account.archived, so that every service and finance follow.
 */
@ApplicationScoped
public class AccountMergers {
    private final AccountRepository accounts;
    private final AccountPermissions permissions;
    private final PeopleMove people;
    private final RevenueRecordRepository revenue;
    private final RevenueRecords revenueRecords;
    private final ExternalRefs refs;
    private final CoverageTracker coverage;
    private final Outbox outbox;
    private final SecurityIdentity caller;
    private final Clock clock;

    public AccountMergers(
            AccountRepository accounts,
            AccountPermissions permissions,
            PeopleMove people,
            RevenueRecordRepository revenue,
            RevenueRecords revenueRecords,
            ExternalRefs refs,
            CoverageTracker coverage,
            Outbox outbox,
            SecurityIdentity caller,
            Clock clock) {
        this.accounts = accounts;
        this.permissions = permissions;
        this.people = people;
        this.revenue = revenue;
        this.revenueRecords = revenueRecords;
        this.refs = refs;
        this.coverage = coverage;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /** What a merger did, as its answer shows it. */
    public record Merged(
            Account survivor,
            UUID mergedAccountId,
            List<UUID> movedUnitIds,
            List<UUID> movedStakeholderIds,
            List<String> movedTeamMembers,
            List<String> revenuePeriods,
            Map<String, String> movedExternalRefs,
            Map<String, String> endedExternalRefs) {}

    @Transactional
    public Merged merge(UUID survivorId, String ifMatch, UUID mergedId, String reason) {
        Account survivor = permissions.changeable(survivorId);
        Preconditions.requireIfMatch(ifMatch, survivor.version());
        Account merged = mergeable(survivor, mergedId);
        Instant now = clock.instant();

        PeopleMove.Moved moved = people.move(merged.id(), survivor.id(), now);
        List<String> periods = addRevenue(merged.id(), survivor.id());
        List<UUID> units = moveUnits(merged, survivor, now);
        Map<String, String> taken = new TreeMap<>();
        Map<String, String> ended = new TreeMap<>();
        merged.profile()
                .externalRefs()
                .forEach((system, id) ->
                        (survivor.profile().externalRefs().containsKey(system) ? ended : taken).put(system, id));
        refs.claim(merged.id(), Map.of());
        if (!taken.isEmpty()) {
            Map<String, String> all = new TreeMap<>(survivor.profile().externalRefs());
            all.putAll(taken);
            refs.claim(survivor.id(), all);
            survivor.apply(ProfileChanges.withExternalRefs(survivor.profile(), all), now);
            accounts.flush();
            outbox.publish(AccountEvents.updated(survivor, List.of("externalRefs")));
        }
        coverage.refresh(survivor.id());

        merged.mergeInto(survivor.id(), now);
        accounts.flush();
        outbox.publish(AccountEvents.merged(
                merged,
                survivor,
                new AccountEvents.Merger(
                        reason, caller.getPrincipal().getName(), units, moved.stakeholders(), periods, taken)));
        outbox.publish(AccountEvents.archived(merged));
        return new Merged(survivor, merged.id(), units, moved.stakeholders(), moved.members(), periods, taken, ended);
    }

    /** The account to merge: another one, active, not a group the survivor is a unit of, in the same currency. */
    private Account mergeable(Account survivor, UUID mergedId) {
        if (survivor.id().equals(mergedId)) {
            throw ProblemException.unprocessable("mergedAccountId", "an account merges into another, not itself");
        }
        Account merged = accounts.findById(mergedId);
        if (merged == null) {
            throw ProblemException.unprocessable("mergedAccountId", "account " + mergedId + " does not exist");
        }
        if (merged.isArchived()) {
            throw ProblemException.unprocessable("mergedAccountId", "account " + mergedId + " is archived");
        }
        permissions.requireCanChange(merged);
        if (accounts.reachesUpwards(survivor.id(), mergedId)) {
            throw ProblemException.unprocessable(
                    "mergedAccountId",
                    "account " + survivor.id() + " is a unit of " + mergedId + ": a group does not merge into its"
                            + " own unit; merge the unit into the group, or move it out first");
        }
        for (RevenueRecord record : revenue.ofAccount(mergedId)) {
            revenue.forPeriod(survivor.id(), record.figures().period())
                    .filter(there ->
                            !there.figures().currency().equals(record.figures().currency()))
                    .ifPresent(there -> {
                        throw ProblemException.unprocessable(
                                "mergedAccountId",
                                "its revenue of " + record.figures().period() + " is in "
                                        + record.figures().currency() + ", the survivor's in "
                                        + there.figures().currency() + ": restate one in the other's currency first");
                    });
        }
        return merged;
    }

    /** Each period of the merged account's figures, added to the survivor's of that period (or its first). */
    private List<String> addRevenue(UUID mergedId, UUID survivorId) {
        List<String> periods = new ArrayList<>();
        for (RevenueRecord record : revenue.ofAccount(mergedId)) {
            RevenueFigures theirs = record.figures();
            RevenueFigures sum = revenue.forPeriod(survivorId, theirs.period())
                    .map(ours -> plus(ours.figures(), theirs))
                    .orElse(theirs);
            revenueRecords.store(survivorId, sum);
            periods.add(theirs.period());
        }
        return periods;
    }

    private static RevenueFigures plus(RevenueFigures a, RevenueFigures b) {
        return new RevenueFigures(
                a.period(),
                a.revenue().add(b.revenue()),
                a.margin() == null || b.margin() == null ? null : a.margin().add(b.margin()),
                a.categorySpend() == null || b.categorySpend() == null
                        ? null
                        : a.categorySpend().add(b.categorySpend()),
                a.currency());
    }

    /** The merged account's own units become the survivor's. */
    private List<UUID> moveUnits(Account merged, Account survivor, Instant now) {
        List<UUID> moved = new ArrayList<>();
        for (Account unit : accounts.list(
                "parentAccountId = ?1 and status <> ?2", merged.id(), kam.account.AccountStatus.ARCHIVED)) {
            unit.apply(ProfileChanges.withParent(unit.profile(), survivor.id()), now);
            accounts.flush();
            outbox.publish(AccountEvents.updated(unit, List.of("parentAccountId")));
            outbox.publish(AccountEvents.moved(unit, merged.id()));
            moved.add(unit.id());
        }
        return moved;
    }
}
