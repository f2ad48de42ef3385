package kam.scoring.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import kam.platform.events.CloudEvent;
import kam.platform.events.account.AccountArchived;
import kam.platform.events.account.AccountDetails;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.account.AccountUpdated;
import kam.platform.events.account.CoverageChanged;
import kam.platform.events.account.ExternalRef;
import kam.platform.events.account.RevenueRecorded;
import kam.platform.events.account.TeamChanged;
import kam.platform.messaging.Inbox;
import kam.scoring.facts.AccountFact;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.facts.CustomerGroups;
import kam.scoring.facts.PeriodFigures;
import kam.scoring.portfolio.ConcentrationWatch;
import kam.scoring.score.Rescoring;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps scoring's copy of the accounts from kam.accounts, and rescores what an event changes: the account, and its
 * group, whose units and regions are criteria too; keeps each account's team, who may rate it. Other account events
 * are not scoring's business.
 */
@ApplicationScoped
public class AccountEventsConsumer {
    private static final String CONSUMER = "scoring.accounts";

    private final Inbox inbox;
    private final AccountFactRepository facts;
    private final Rescoring rescoring;
    private final ConcentrationWatch concentration;
    private final CustomerGroups groups;

    public AccountEventsConsumer(
            Inbox inbox,
            AccountFactRepository facts,
            Rescoring rescoring,
            ConcentrationWatch concentration,
            CustomerGroups groups) {
        this.inbox = inbox;
        this.groups = groups;
        this.facts = facts;
        this.rescoring = rescoring;
        this.concentration = concentration;
    }

    @Incoming("accounts")
    @Blocking
    public CompletionStage<Void> on(ConsumerRecord<String, String> record) {
        return inbox.handle(CONSUMER, record, this::apply);
    }

    private void apply(CloudEvent<Object> event) {
        rescoring.serialize();
        Object data = event.data();
        UUID accountId;
        // The account, the group it was in, and the group it is in: units and regions are criteria of a group.
        Set<UUID> affected = new LinkedHashSet<>();
        // Revenue, grouping and status move the concentration figures; coverage and names do not.
        boolean concentrationMayMove;
        // The account changed group or status: its own units' group may have changed with it.
        boolean regrouped = false;
        if (data instanceof AccountRegistered registered) {
            accountId = registered.accountId();
            concentrationMayMove = describe(accountId, registered.account(), event.time(), affected)
                    .regrouped();
            regrouped = concentrationMayMove;
        } else if (data instanceof AccountUpdated updated) {
            accountId = updated.accountId();
            AccountFact.Described described = describe(accountId, updated.account(), event.time(), affected);
            if (!described.scoringInputs()) {
                // A new name or owner scores and ranks nothing differently: re-ranking the portfolio for it was most
                // of scoring's time per event (the benchmark's S4 showed renames queueing for seconds).
                return;
            }
            concentrationMayMove = described.regrouped();
            regrouped = concentrationMayMove;
        } else if (data instanceof AccountArchived archived) {
            accountId = archived.accountId();
            AccountFact fact = facts.findOrNew(accountId);
            fact.archive(event.time());
            facts.persist(fact);
            concentrationMayMove = true;
            regrouped = true;
        } else if (data instanceof RevenueRecorded revenue) {
            accountId = revenue.accountId();
            AccountFact fact = facts.findOrNew(accountId);
            fact.record(
                    revenue.period(),
                    new PeriodFigures(revenue.revenue(), revenue.margin(), revenue.categorySpend()),
                    event.time());
            facts.persist(fact);
            concentrationMayMove = true;
        } else if (data instanceof TeamChanged change) {
            // Who may rate the account; nothing a score is made of.
            AccountFact fact = facts.findOrNew(change.accountId());
            fact.teamChanged(change, event.time());
            facts.persist(fact);
            return;
        } else if (data instanceof CoverageChanged coverage) {
            accountId = coverage.accountId();
            AccountFact fact = facts.findOrNew(accountId);
            fact.coverage(coverage.status(), event.time());
            facts.persist(fact);
            concentrationMayMove = false;
        } else {
            return;
        }
        affected.add(accountId);
        AccountFact fact = facts.findById(accountId);
        if (fact != null && fact.parentId() != null) {
            affected.add(fact.parentId());
        }
        facts.flush();
        // The top-most group rolls its units up; when the account changed group or status, its own units now count
        // in another group (or in none).
        affected.addAll(groups.groupsOf(List.of(accountId)).values());
        if (regrouped) {
            affected.addAll(groups.unitIdsOf(List.of(accountId)).getOrDefault(accountId, List.of()));
        }
        rescoring.rescore(affected);
        if (concentrationMayMove) {
            concentration.changed();
        }
    }

    /** Takes the account's profile; adds the group it was in to the affected. */
    private AccountFact.Described describe(UUID accountId, AccountDetails details, Instant when, Set<UUID> affected) {
        AccountFact fact = facts.findOrNew(accountId);
        if (fact.parentId() != null) {
            affected.add(fact.parentId());
        }
        AccountFact.Described described = fact.describe(
                details.name(),
                details.status(),
                details.parentAccountId(),
                details.region(),
                details.currency(),
                details.ownerId(),
                when);
        fact.knownAs(ExternalRef.mapOf(details.externalRefs()));
        facts.persist(fact);
        return described;
    }
}
