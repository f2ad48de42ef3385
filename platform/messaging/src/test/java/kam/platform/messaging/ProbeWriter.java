package kam.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kam.platform.events.account.AccountDetails;
import kam.platform.events.account.AccountUpdated;

/** Writes events the way a service does: through the outbox, inside a transaction. */
@ApplicationScoped
public class ProbeWriter {
    private final Outbox outbox;

    public ProbeWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public UUID publish(UUID accountId, long version) {
        return outbox.publish(updated(accountId, version));
    }

    @Transactional
    public void publishThenFail(UUID accountId) {
        outbox.publish(updated(accountId, 1));
        throw new IllegalStateException("the change failed after its event was written");
    }

    static AccountUpdated updated(UUID accountId, long version) {
        AccountDetails details = new AccountDetails(
                "Probe " + accountId,
                null,
                null,
                null,
                null,
                null,
                null,
                "ACTIVE",
                null,
                "EUR",
                null,
                null,
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                version,
                List.of());
        return new AccountUpdated(accountId, details, List.of("name"));
    }
}
