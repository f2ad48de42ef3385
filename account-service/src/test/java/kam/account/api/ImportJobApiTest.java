package kam.account.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kam.platform.messaging.jobs.JobSweeper;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Imports as jobs (Prefer: respond-async), and jobs whose process stopped, failed rather than left running. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ImportJobApiTest {
    private static final String ADMIN = TestTokens.bearer("ada.admin", "kam-admin");
    private static final String BULK = "/api/v1/accounts/bulk";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final JobSweeper sweeper;
    private final String bootstrapServers;

    ImportJobApiTest(
            ObjectMapper json,
            EntityManager entityManager,
            JobSweeper sweeper,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.json = json;
        this.entityManager = entityManager;
        this.sweeper = sweeper;
        this.bootstrapServers = bootstrapServers;
    }

    @Test
    void anImportPreferringAsyncAnswers202AndItsJobEndsWithWhatTheImportAnswers() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        String file = "name,currency\nAsync " + tag + " one,EUR\nAsync " + tag + " two,USD\n";
        String location = given().header("Authorization", ADMIN)
                .header("Prefer", "respond-async")
                .header("Idempotency-Key", key)
                .contentType("text/csv")
                .body(file)
                .post(BULK)
                .then()
                .statusCode(202)
                .header("Location", matchesPattern(".*/api/v1/account-jobs/[0-9a-f-]{36}"))
                .body("kind", equalTo("account-import"))
                .extract()
                .header("Location");

        JsonNode job = followToTheEnd(location);
        assertThat(job.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.path("total").asLong()).isEqualTo(2);
        assertThat(job.path("done").asLong()).isEqualTo(2);
        assertThat(job.at("/result/registered").asInt()).isEqualTo(2);
        given().header("Authorization", ADMIN)
                .queryParam("q", "Async " + tag)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2));

        // The same request again is a replay: the same job, no second import.
        given().header("Authorization", ADMIN)
                .header("Prefer", "respond-async")
                .header("Idempotency-Key", key)
                .contentType("text/csv")
                .body(file)
                .post(BULK)
                .then()
                .statusCode(202)
                .header("Location", equalTo(location));
    }

    @Test
    void anImportWithABadRowEndsFailedWithTheProblemTheRequestWouldHaveAnswered() {
        String location = importAsync(BULK, "id,version,name,currency\n" + UUID.randomUUID() + ",0,Nobody,EUR\n");

        JsonNode job = followToTheEnd(location);
        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.at("/problem/status").asInt()).isEqualTo(400);
        assertThat(job.at("/problem/violations/0/field").asText()).isEqualTo("rows[2].id");
        assertThat(job.at("/problem/violations/0/message").asText()).isEqualTo("no such account");
        assertThat(job.path("result").isNull()).isTrue();
    }

    @Test
    void anImportRefusedWithoutThePreferenceAnswersItsProblemAndLeavesNoJob() {
        int before = jobs();
        given().header("Authorization", ADMIN)
                .contentType("text/csv")
                .body("id,version,name,currency\n" + UUID.randomUUID() + ",0,Nobody,EUR\n")
                .post(BULK)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("rows[2].id"));
        assertThat(jobs()).isEqualTo(before);
    }

    /** How many account imports the job list holds. */
    private static int jobs() {
        return given().header("Authorization", ADMIN)
                .queryParam("kind", "account-import")
                .queryParam("limit", 500)
                .get("/api/v1/account-jobs")
                .then()
                .statusCode(200)
                .extract()
                .path("items.size()");
    }

    @Test
    void aProblemQuotingAU0000OfTheFileIsKeptWithTheJob() {
        String location = importAsync(
                "/api/v1/accounts/revenue-imports",
                "accountId,period,revenue,currency,nul\u0000\n" + UUID.randomUUID() + ",2026,1,EUR,x\n");

        JsonNode job = followToTheEnd(location);
        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.at("/problem/status").asInt()).isEqualTo(400);
        assertThat(job.at("/problem/violations/0/message").asText()).contains("nul\u0000");
    }

    @Test
    void aJobWhoseProcessStoppedIsFailedByTheNextSweepAndSaysSo() throws Exception {
        UUID abandoned = UUID.randomUUID();
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("insert into job (id, kind, status, started_by, queued_at, started_at,"
                        + " heartbeat_at, done, total) values (?1, 'account-import', 'RUNNING', 'ada.admin', ?2, ?2,"
                        + " ?2, 40, 100)")
                .setParameter(1, abandoned)
                .setParameter(2, longAgo)
                .executeUpdate());

        sweeper.failAbandoned();

        JsonNode job = json.readTree(given().header("Authorization", ADMIN)
                .get("/api/v1/account-jobs/" + abandoned)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.at("/problem/status").asInt()).isEqualTo(503);
        assertThat(job.at("/problem/detail").asText()).contains("start it again");
        assertThat(job.path("done").asLong()).isEqualTo(40);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> finished = kafka.read(
                    "kam.accounts",
                    record -> abandoned.toString().equals(record.key()),
                    records -> !records.isEmpty(),
                    PATIENCE);
            assertThat(finished).hasSize(1);
            assertThat(json.readTree(finished.get(0).value())
                            .at("/failure/status")
                            .asInt())
                    .isEqualTo(503);
        }
    }

    @Test
    void aJobThatEndedLongerAgoThanTheRetentionIsDeletedAndAYoungerOneKept() {
        UUID old = endedJob(Instant.now().minus(Duration.ofDays(31)));
        UUID young = endedJob(Instant.now().minus(Duration.ofDays(29)));

        sweeper.deleteEnded();

        given().header("Authorization", ADMIN)
                .get("/api/v1/account-jobs/" + old)
                .then()
                .statusCode(404);
        given().header("Authorization", ADMIN)
                .get("/api/v1/account-jobs/" + young)
                .then()
                .statusCode(200);
    }

    private UUID endedJob(Instant finishedAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("insert into job (id, kind, status, started_by, queued_at, started_at, finished_at,"
                        + " heartbeat_at, done, total, result) values (?1, 'account-import', 'SUCCEEDED', 'ada.admin',"
                        + " ?2, ?2, ?2, ?2, 1, 1, '{\"registered\": 1}')")
                .setParameter(1, id)
                .setParameter(2, finishedAt)
                .executeUpdate());
        return id;
    }

    /** Posts a CSV file preferring respond-async; answers the job's Location. */
    private static String importAsync(String path, String csv) {
        return given().header("Authorization", ADMIN)
                .header("Prefer", "respond-async")
                .contentType("text/csv")
                .body(csv)
                .post(path)
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
    }

    private JsonNode followToTheEnd(String location) {
        return await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> json.readTree(given().header("Authorization", ADMIN)
                                .get(location)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString()),
                        node -> node.path("status").asText().matches("SUCCEEDED|FAILED"));
    }
}
