package kam.scoring.api;

import static kam.scoring.api.ScoringCalls.ADMIN;
import static kam.scoring.api.ScoringCalls.MODELS;
import static kam.scoring.api.ScoringCalls.PATIENCE;
import static kam.scoring.api.ScoringCalls.as;
import static kam.scoring.api.ScoringCalls.model;
import static kam.scoring.api.ScoringCalls.revenue;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import kam.platform.messaging.jobs.JobProgress;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.scoring.model.ModelPublication;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A publication stages the portfolio chunk by chunk without holding the portfolio lock between chunks: an account
 * event scored after the account's chunk was staged must still reach the published scores.
 */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class StagedPublicationTest {
    private final String bootstrapServers;
    private final ObjectMapper json;
    private final ModelPublication publication;
    private final EntityManager entityManager;

    StagedPublicationTest(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            ObjectMapper json,
            ModelPublication publication,
            EntityManager entityManager) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
        this.publication = publication;
        this.entityManager = entityManager;
    }

    @Test
    void anEventScoredAfterItsAccountWasStagedReachesThePublishedScores() {
        ScoringCalls.Pair pair = ScoringCalls.scoredPair(bootstrapServers, json);
        String draft = as(ADMIN)
                .body(model(3.0))
                .post(MODELS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        UUID job = runningJob();

        publication.run(UUID.fromString(draft), 0, new JobProgress() {
            private final AtomicLong total = new AtomicLong();
            private final AtomicLong done = new AtomicLong();

            @Override
            public UUID jobId() {
                return job;
            }

            @Override
            public void total(long items) {
                total.set(items);
            }

            @Override
            public void advance(long items) {
                if (done.addAndGet(items) >= total.get()) {
                    // Every chunk is staged: Small Co's revenue grows now, scored under the model still active.
                    try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
                        ScoringCalls.publish(kafka, json, revenue(pair.small(), "800000"));
                    }
                    await().atMost(PATIENCE).untilAsserted(() -> as(ADMIN)
                            .get("/api/v1/scores/" + pair.small())
                            .then()
                            .body("score", equalTo(80.0f)));
                }
            }
        });

        as(ADMIN)
                .get("/api/v1/scores/" + pair.small())
                .then()
                .statusCode(200)
                .body("modelId", equalTo(draft))
                .body("score", equalTo(80.0f));
        as(ADMIN).get("/api/v1/scores/" + pair.big()).then().body("modelId", equalTo(draft));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from job where id = ?1")
                .setParameter(1, job)
                .executeUpdate());
    }

    /** A job row the publication's stage belongs to, running as far as scoring can tell. */
    private UUID runningJob() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("insert into job (id, kind, status, started_by, queued_at, heartbeat_at) values (?1,"
                        + " 'scoring-model-publication', 'RUNNING', 'ada.admin', ?2, ?2)")
                .setParameter(1, id)
                .setParameter(2, Instant.now())
                .executeUpdate());
        return id;
    }
}
