package kam.planning.api;

import static io.restassured.RestAssured.given;
import static kam.planning.api.PlanCalls.ADMIN;
import static kam.planning.api.PlanCalls.PLANS;
import static kam.planning.api.PlanCalls.as;
import static kam.planning.api.PlanCalls.registeredAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kam.platform.events.review.ReviewCompleted;
import kam.platform.events.scoring.TierChangedV2;
import kam.platform.testing.AccessMatrix;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.NewerProducer;
import kam.platform.testing.NewerProducers;
import kam.platform.testing.OpenApiSnapshot;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Review actions becoming plan actions, the bulk path, the committed document, the access matrix, strict input. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PlanningApiTest {
    /** The API document is served on the management port, beside health and metrics. */
    @TestHTTPResource(value = "/openapi", management = true)
    java.net.URL openApiDocument;

    private final String bootstrapServers;
    private final ObjectMapper json;
    private final NewerProducers producers;

    PlanningApiTest(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            ObjectMapper json,
            NewerProducers producers) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
        this.producers = producers;
    }

    @Test
    void leavingTheAgreedListClosesTheDraftPlanningStartedAndNoOneTouched() {
        PlanCalls.Team team = PlanCalls.keyAccountWithTeam(bootstrapServers, json);
        String plan = PlanCalls.draftedPlan(team);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.sendEvent(
                    "kam.scoring",
                    "/kam/scoring-service",
                    new TierChangedV2(
                            team.account(), "Acme", "Gold", null, "LIST_AGREED", 2, UUID.randomUUID(), List.of()),
                    json);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(ADMIN)
                .get(PLANS + "/" + plan)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closeReason", containsString("left the agreed key-account list")));
    }

    @Test
    void reviewActionItemsBecomePlanActionsOnceEach() throws Exception {
        UUID account = registeredAccount(bootstrapServers, json, "Initech", "ian");
        UUID review = UUID.randomUUID();
        ReviewCompleted completed = new ReviewCompleted(
                review,
                account,
                LocalDate.now(),
                List.of(
                        new ReviewCompleted.ActionItem(
                                UUID.randomUUID(),
                                "Send the revised service levels",
                                "ian",
                                LocalDate.now().plusDays(30)),
                        new ReviewCompleted.ActionItem(
                                UUID.randomUUID(),
                                "Invite their CFO",
                                "ian",
                                LocalDate.now().plusDays(30))));
        UUID eventId = UUID.randomUUID();
        UUID another = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.sendEvent("kam.reviews", "/kam/review-service", eventId, completed, json);
            // The same event again, and the same items in another event: still one action per item.
            kafka.sendEvent("kam.reviews", "/kam/review-service", eventId, completed, json);
            kafka.sendEvent("kam.reviews", "/kam/review-service", another, completed, json);
        }
        String planId = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> as(ADMIN)
                                .queryParam("accountId", account.toString())
                                .get(PLANS)
                                .then()
                                .extract()
                                .path("items[0].id"),
                        id -> id != null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(ADMIN)
                .get(PLANS + "/" + planId + "/actions")
                .then()
                .body("items.size()", equalTo(2))
                .body("items.origin", equalTo(List.of("REVIEW", "REVIEW"))));
        // The three deliveries share the account's partition: once the last is handled, the others were too.
        try (NewerProducer inbox = producers.open()) {
            inbox.awaitApplied("planning.reviews", another);
        }
        as(ADMIN).get(PLANS + "/" + planId + "/actions").then().body("items.size()", equalTo(2));
    }

    @Test
    void theGeneratedSpecMatchesTheCommittedSnapshot() {
        String spec = given().accept("application/json")
                .get(openApiDocument)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        OpenApiSnapshot.assertMatches(spec, Path.of("openapi/planning-service.json"));
    }

    @Test
    void plansComeOutAsCsvAndNdjsonAndDraftsComeInAllOrNothing() {
        UUID account = registeredAccount(bootstrapServers, json, "Initech", "ivan");
        String file = """
                {"accountId": "%1$s", "title": "Initech plan A", "periodStart": "2027-01-01"}
                {"accountId": "%1$s", "title": "Initech plan B", "periodStart": "2027-01-01", "horizonYears": 2}
                """.formatted(account);
        given().header("Authorization", ADMIN)
                .contentType("application/x-ndjson")
                .body((file + "{\"accountId\": \"%s\", \"periodStart\": \"2027-01-01\"}\n".formatted(account))
                        .getBytes(StandardCharsets.UTF_8))
                .post(PLANS + "/bulk")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("rows[3].title"));
        as(ADMIN)
                .queryParam("accountId", account.toString())
                .get(PLANS)
                .then()
                .body("items.title", not(hasItem("Initech plan A")));

        given().header("Authorization", ADMIN)
                .contentType("application/x-ndjson")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post(PLANS + "/bulk")
                .then()
                .statusCode(200)
                .body("drafted", equalTo(2));
        String csv = given().header("Authorization", ADMIN)
                .accept("text/csv")
                .queryParam("limit", 10_000)
                .get(PLANS + "/bulk")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,").contains("title");
        assertThat(csv).contains("Initech plan A").contains("Initech plan B");
        String first = given().header("Authorization", ADMIN)
                .accept("application/x-ndjson")
                .queryParam("limit", 1)
                .get(PLANS + "/bulk")
                .then()
                .statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .extract()
                .asString();
        assertThat(first.lines().count()).isEqualTo(1);
    }

    @Test
    void everyOperationAnswersEachRoleAsItsCommittedDocumentSays() {
        // 401 without a token, 403 exactly for the roles the document does not list, never a 500.
        AccessMatrix.assertEnforced(Path.of("openapi", "planning-service.json"));
    }

    @Test
    void serverOwnedFieldsInARequestAreRefused() {
        as(ADMIN)
                .body("{\"status\": \"APPROVED\", \"revision\": 9, \"accountId\": \"" + UUID.randomUUID()
                        + "\", \"title\": \"Sneaky\", \"periodStart\": \"2027-01-01\"}")
                .post(PLANS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }
}
