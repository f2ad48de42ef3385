package kam.planning.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import kam.planning.account.AccountCopy;
import kam.planning.account.AccountCopyRepository;
import kam.planning.plan.PlanExecution;
import kam.planning.plan.Plans;
import kam.platform.events.CloudEvent;
import kam.platform.events.account.AccountArchived;
import kam.platform.events.account.AccountDetails;
import kam.platform.events.account.AccountMerged;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.account.AccountUpdated;
import kam.platform.events.account.TeamChanged;
import kam.platform.events.review.ReviewCompleted;
import kam.platform.events.scoring.TierChangedV2;
import kam.platform.messaging.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What planning takes from the other services, each through the idempotent inbox: its copy of the accounts and their
 * teams (kam.accounts), the agreed list's tiers (kam.scoring: an account agreed as key gets a draft plan, and its
 * untouched draft closes when it leaves the list), and the action
 * items of account reviews (kam.reviews: each becomes a plan action once). Other events are not planning's business.
 */
@ApplicationScoped
public class PlanningConsumers {
    private final Inbox inbox;
    private final AccountCopyRepository accounts;
    private final Plans plans;
    private final PlanExecution execution;

    public PlanningConsumers(Inbox inbox, AccountCopyRepository accounts, Plans plans, PlanExecution execution) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.plans = plans;
        this.execution = execution;
    }

    @Incoming("accounts")
    @Blocking
    public CompletionStage<Void> onAccountEvent(ConsumerRecord<String, String> record) {
        return inbox.handle("planning.accounts", record, this::applyAccountEvent);
    }

    @Incoming("tiers")
    @Blocking
    public CompletionStage<Void> onScoringEvent(ConsumerRecord<String, String> record) {
        return inbox.handle("planning.tiers", record, event -> {
            // The agreed list's tiers (v2); v1, published beside it for older readers, is not read here.
            if (event.data() instanceof TierChangedV2 changed) {
                AccountCopy account = accounts.findOrNew(changed.accountId(), event.time());
                account.tier(changed.tier(), event.time());
                if (changed.tier() != null) {
                    plans.startDraftFor(account);
                } else {
                    plans.closeUntouchedDraftFor(account);
                }
            }
        });
    }

    @Incoming("reviews")
    @Blocking
    public CompletionStage<Void> onReviewEvent(ConsumerRecord<String, String> record) {
        return inbox.handle("planning.reviews", record, event -> {
            if (event.data() instanceof ReviewCompleted completed) {
                execution.trackReviewItems(completed);
            }
        });
    }

    private void applyAccountEvent(CloudEvent<Object> event) {
        Object data = event.data();
        if (data instanceof AccountRegistered registered) {
            describe(registered.accountId(), registered.account(), event.time());
        } else if (data instanceof AccountUpdated updated) {
            describe(updated.accountId(), updated.account(), event.time());
        } else if (data instanceof AccountArchived archived) {
            accounts.findOrNew(archived.accountId(), event.time()).archive(event.time());
        } else if (data instanceof TeamChanged team) {
            accounts.findOrNew(team.accountId(), event.time()).teamChanged(team, event.time());
        } else if (data instanceof AccountMerged merged) {
            plans.closeForMerger(merged.accountId(), merged.survivorAccountId(), merged.survivorName());
        }
    }

    private void describe(UUID accountId, AccountDetails details, Instant when) {
        accounts.findOrNew(accountId, when).describe(details, when);
    }
}
