package kam.review.api;

import static io.restassured.RestAssured.given;
import static kam.review.api.ReviewCalls.ADMIN;
import static kam.review.api.ReviewCalls.POLICY;
import static kam.review.api.ReviewCalls.REVIEWS;
import static kam.review.api.ReviewCalls.agreed;
import static kam.review.api.ReviewCalls.as;
import static kam.review.api.ReviewCalls.awaitScheduled;
import static kam.review.api.ReviewCalls.policy;
import static kam.review.api.ReviewCalls.policyEtag;
import static kam.review.api.ReviewCalls.register;
import static kam.review.api.ReviewCalls.score;
import static kam.review.api.ReviewCalls.setPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.testing.AccessMatrix;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.OpenApiSnapshot;
import kam.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The cadence policy, the cadence by rank, the committed document, the access matrix and server-owned fields. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReviewApiTest {
    /** The API document is served on the management port, beside health and metrics. */
    @TestHTTPResource(value = "/openapi", management = true)
    java.net.URL openApiDocument;

    private final String bootstrapServers;
    private final ObjectMapper json;

    ReviewApiTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    @Test
    void thePolicyIsTheAdminsAndRefusesWhatCannotWork() {
        Map<String, Object> zero = policy("TOP_N", 20, List.of());
        zero.put("intervalDays", 0);
        as(ADMIN)
                .header("If-Match", policyEtag())
                .body(zero)
                .put(POLICY)
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("intervalDays"));
        Map<String, Object> mars = policy("TOP_N", 20, List.of());
        mars.put("timeZone", "Mars/Olympus");
        as(ADMIN)
                .header("If-Match", policyEtag())
                .body(mars)
                .put(POLICY)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("timeZone"));
        as(ADMIN)
                .header("If-Match", policyEtag())
                .body(policy("TIERS", 20, List.of()))
                .put(POLICY)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("tiers"));
        as(TestTokens.bearer("am", "account-manager"))
                .header("If-Match", policyEtag())
                .body(policy("TOP_N", 20, List.of()))
                .put(POLICY)
                .then()
                .statusCode(403);
        as(ADMIN).body(policy("TOP_N", 20, List.of())).put(POLICY).then().statusCode(428);
    }

    @Test
    void theTopAccountsOfTheAgreedListAreInTheCadenceNeverAScoreAlone() {
        setPolicy(policy("TOP_N", 1, List.of()));
        String tier = "Agreed-" + UUID.randomUUID();
        UUID best = UUID.randomUUID();
        UUID rival = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            register(kafka, json, best, "Best plc", "am-" + UUID.randomUUID());
            register(kafka, json, rival, "Rival plc", "am-" + UUID.randomUUID());
            score(kafka, json, best, 99.0, tier);
            List<Map<String, Object>> booked = awaitScheduled(best, 4);
            assertThat(booked).allMatch(r -> "CADENCE".equals(r.get("origin")));

            // Agreed, the rival's higher score takes the one place; out of the list, its score counts for nothing.
            score(kafka, json, rival, 100.0, tier);
            awaitScheduled(rival, 4);
            awaitScheduled(best, 0);
            agreed(kafka, json, rival, tier, null);
            awaitScheduled(rival, 0);
            awaitScheduled(best, 4);
        }
    }

    @Test
    void theGeneratedSpecMatchesTheCommittedSnapshot() {
        String spec = given().accept("application/json")
                .get(openApiDocument)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        OpenApiSnapshot.assertMatches(spec, Path.of("openapi/review-service.json"));
    }

    @Test
    void everyOperationAnswersEachRoleAsItsCommittedDocumentSays() {
        // 401 without a token, 403 exactly for the roles the document does not list, never a 500.
        AccessMatrix.assertEnforced(Path.of("openapi", "review-service.json"));
    }

    @Test
    void serverOwnedFieldsInARequestAreRefusedOrIgnored() {
        as(ADMIN)
                .body("{\"status\": \"COMPLETED\", \"accountId\": \"" + UUID.randomUUID()
                        + "\", \"date\": \"2099-01-05\"}")
                .post(REVIEWS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"));
        // The policy's audit fields are the server's: what a client sends there is ignored.
        Map<String, Object> policy = policy("TOP_N", 20, List.of());
        policy.put("updatedBy", "mallory");
        policy.put("updatedAt", "2000-01-01T00:00:00Z");
        as(ADMIN)
                .header("If-Match", policyEtag())
                .body(policy)
                .put(POLICY)
                .then()
                .statusCode(200)
                .body("updatedBy", equalTo("ada.admin"))
                .body("updatedAt", not(equalTo("2000-01-01T00:00:00Z")));
    }
}
