package kam.scoring.api;

import static kam.scoring.api.ScoringCalls.ADMIN;
import static kam.scoring.api.ScoringCalls.MODELS;
import static kam.scoring.api.ScoringCalls.PATIENCE;
import static kam.scoring.api.ScoringCalls.as;
import static kam.scoring.api.ScoringCalls.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.TestTokens;
import kam.platform.web.TransactionLocks;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Publishing as a job: 202 at once, progress to follow, the new scores only once it ended; one at a time; a job is
 * its starter's and the kam-admins'. The test profile stages three accounts a chunk, so that a publication is many.
 */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PublicationJobApiTest {
    private static final String ASYNC = "respond-async";

    private final String bootstrapServers;
    private final ObjectMapper json;
    private final EntityManager entityManager;

    PublicationJobApiTest(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            ObjectMapper json,
            EntityManager entityManager) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
        this.entityManager = entityManager;
    }

    @Test
    void aPublicationAnswers202AndItsJobEndsWithTheModelPublishedAndEveryAccountScored() throws Exception {
        ScoringCalls.Pair pair = ScoringCalls.pair(bootstrapServers, json);
        String draft = draft();

        var accepted = publishing(draft)
                .statusCode(202)
                .header("Preference-Applied", ASYNC)
                .header("Location", matchesPattern(".*/api/v1/scoring-jobs/[0-9a-f-]{36}"))
                .body("kind", equalTo("scoring-model-publication"))
                .body("subject", equalTo(draft))
                .body("startedBy", equalTo("ada.admin"))
                .extract();
        String location = accepted.header("Location");
        String jobId = accepted.path("id");

        JsonNode job = followToTheEnd(location);
        assertThat(job.path("status").asText()).isEqualTo("SUCCEEDED");
        // Accounts arriving meanwhile may count in one and not the other; both hold at least this test's two.
        assertThat(job.path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(job.path("done").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(job.path("result").path("id").asText()).isEqualTo(draft);
        assertThat(job.path("result").path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(job.path("problem").isNull() || job.path("problem").isMissingNode())
                .isTrue();

        as(ADMIN)
                .get("/api/v1/scores/" + pair.big())
                .then()
                .statusCode(200)
                .body("modelId", equalTo(draft))
                .body("score", equalTo(90.0f));
        as(ADMIN)
                .queryParam("kind", "scoring-model-publication")
                .get("/api/v1/scoring-jobs")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(jobId));

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> finished = kafka.read(
                    "kam.scoring", record -> jobId.equals(record.key()), records -> !records.isEmpty(), PATIENCE);
            assertThat(finished).hasSize(1);
            assertThat(KafkaTestClient.header(finished.get(0), "ce_type")).isEqualTo("kam.job.finished.v1");
            JsonNode event = json.readTree(finished.get(0).value());
            assertThat(event.path("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(event.path("location").asText()).isEqualTo("/api/v1/scoring-jobs/" + jobId);
            assertThat(event.path("done").asLong()).isEqualTo(job.path("done").asLong());
        }
    }

    @Test
    void aSecondPublicationWhileOneRunsIs409NamingItAndReadersKeepTheOldScoresUntilItEnds() throws Exception {
        ScoringCalls.Pair pair = ScoringCalls.pair(bootstrapServers, json);
        String before = ScoringCalls.published(model(3.0));
        String first = draft();
        String second = draft();

        String location;
        try (HeldPortfolio held = new HeldPortfolio()) {
            location = publishAsync(first);
            String jobId = location.substring(location.lastIndexOf('/') + 1);
            publishing(second)
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString(jobId));
            job(location).body("status", equalTo("RUNNING")).body("estimatedEnd", equalTo(null));
            as(ADMIN).get("/api/v1/scores/" + pair.big()).then().statusCode(200).body("modelId", equalTo(before));
        }
        assertThat(followToTheEnd(location).path("status").asText()).isEqualTo("SUCCEEDED");
        as(ADMIN).get("/api/v1/scores/" + pair.big()).then().body("modelId", equalTo(first));
    }

    @Test
    void aDraftChangedWhileItIsPublishedFailsTheJobWithItsProblemAndNothingIsPublished() throws Exception {
        String draft = draft();
        String location;
        try (HeldPortfolio held = new HeldPortfolio()) {
            location = publishAsync(draft);
            as(ADMIN)
                    .header("If-Match", "\"0\"")
                    .body(model(2.0))
                    .put(MODELS + "/" + draft)
                    .then()
                    .statusCode(200);
        }
        JsonNode job = followToTheEnd(location);
        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.path("problem").path("status").asInt()).isEqualTo(409);
        assertThat(job.path("problem").path("detail").asText()).contains("changed while it was being published");
        as(ADMIN).get(MODELS + "/" + draft).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aJobIsItsStartersAndTheKamAdminsAndAnUnknownOneIs404() {
        String draft = draft();
        String location = publishAsync(draft);
        followToTheEnd(location);

        as(TestTokens.bearer("another.admin", "kam-admin")).get(location).then().statusCode(200);
        as(TestTokens.bearer("vic.viewer", "viewer"))
                .get(location)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(TestTokens.bearer("vic.viewer", "viewer"))
                .get("/api/v1/scoring-jobs")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        as(ADMIN)
                .get("/api/v1/scoring-jobs/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(ADMIN)
                .queryParam("cursor", "not-a-cursor")
                .get("/api/v1/scoring-jobs")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void withoutThePreferenceThePublicationStillAnswersThePublishedModelAndLeavesAJob() {
        ScoringCalls.pair(bootstrapServers, json);
        String draft = draft();
        as(ADMIN)
                .header("If-Match", "\"0\"")
                .post(MODELS + "/" + draft + "/publish")
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("status", equalTo("PUBLISHED"));
        as(ADMIN)
                .queryParam("kind", "scoring-model-publication")
                .queryParam("limit", 1)
                .get("/api/v1/scoring-jobs")
                .then()
                .statusCode(200)
                .body("items[0].subject", equalTo(draft))
                .body("items[0].status", equalTo("SUCCEEDED"))
                .body("items[0].done", greaterThan(0));
    }

    /** Starts the draft's publication as a job; answers the job's Location. */
    private static String publishAsync(String draft) {
        return publishing(draft).statusCode(202).extract().header("Location");
    }

    private static ValidatableResponse publishing(String draft) {
        return as(ADMIN)
                .header("If-Match", "\"0\"")
                .header("Prefer", ASYNC)
                .post(MODELS + "/" + draft + "/publish")
                .then();
    }

    private static String draft() {
        return as(ADMIN)
                .body(model(3.0))
                .post(MODELS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static ValidatableResponse job(String location) {
        return as(ADMIN).get(location).then().statusCode(200);
    }

    private JsonNode followToTheEnd(String location) {
        return await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> json.readTree(job(location).extract().asString()),
                        node -> node.path("status").asText().matches("SUCCEEDED|FAILED"));
    }

    /** Holds the portfolio lock every scoring writer takes first, from another thread, until closed. */
    private final class HeldPortfolio implements AutoCloseable {
        private final CountDownLatch release = new CountDownLatch(1);
        private final CompletableFuture<Void> holder;

        HeldPortfolio() throws Exception {
            CountDownLatch held = new CountDownLatch(1);
            holder = CompletableFuture.runAsync(
                    () -> QuarkusTransaction.requiringNew().run(() -> {
                        TransactionLocks.exclusive(entityManager, "kam.scoring.portfolio");
                        held.countDown();
                        try {
                            release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            holder.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
