package kam.platform.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletionStage;
import kam.platform.events.account.AccountUpdated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes account events the way a service does, recording each effect it has. */
@ApplicationScoped
public class ProbeConsumer {
    private final Inbox inbox;
    private final EntityManager entityManager;

    public ProbeConsumer(Inbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    @Incoming("probe")
    @Blocking
    public CompletionStage<Void> on(ConsumerRecord<String, String> record) {
        return inbox.handle("probe", record, event -> {
            if (event.data() instanceof AccountUpdated updated) {
                entityManager
                        .createNativeQuery(
                                "insert into probe_effect (event_id, account_id, version) values (?1, ?2, ?3)")
                        .setParameter(1, event.id())
                        .setParameter(2, updated.accountId())
                        .setParameter(3, updated.account().version())
                        .executeUpdate();
            }
        });
    }
}
