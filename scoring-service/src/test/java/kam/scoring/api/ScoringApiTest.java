package kam.scoring.api;

import static io.restassured.RestAssured.given;
import static kam.platform.testing.KafkaTestClient.header;
import static kam.scoring.api.ScoringCalls.ADMIN;
import static kam.scoring.api.ScoringCalls.MODELS;
import static kam.scoring.api.ScoringCalls.PATIENCE;
import static kam.scoring.api.ScoringCalls.as;
import static kam.scoring.api.ScoringCalls.criterion;
import static kam.scoring.api.ScoringCalls.model;
import static kam.scoring.api.ScoringCalls.outOfReach;
import static kam.scoring.api.ScoringCalls.pair;
import static kam.scoring.api.ScoringCalls.published;
import static kam.scoring.api.ScoringCalls.scoredPair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kam.platform.testing.AccessMatrix;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.OpenApiSnapshot;
import kam.platform.testing.TestTokens;
import kam.scoring.api.ScoringCalls.Pair;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Models, explained scores, ratings, overrides and the ranked portfolio, through the API and Kafka. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ScoringApiTest {
    /** The API document is served on the management port, beside health and metrics. */
    @TestHTTPResource(value = "/openapi", management = true)
    java.net.URL openApiDocument;

    private final String bootstrapServers;
    private final ObjectMapper json;

    ScoringApiTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    @Test
    void revenueBeforeRegistrationIsKeptAndThePublishedModelExplainsEachScore() {
        published(outOfReach());
        Pair pair = pair(bootstrapServers, json);
        String draft = as(ADMIN)
                .body(model(3.0))
                .post(MODELS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // Against the published model, which tiers no one, the draft's what-if shows Big Co as a new key account.
        await().atMost(PATIENCE).untilAsserted(() -> as(ADMIN)
                .get(MODELS + "/" + draft + "/what-if")
                .then()
                .statusCode(200)
                .body("items.accountId", hasItems(pair.big().toString())));

        as(ADMIN)
                .header("If-Match", "\"0\"")
                .post(MODELS + "/" + draft + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        as(ADMIN)
                .header("If-Match", "\"1\"")
                .body(model(1.0))
                .put(MODELS + "/" + draft)
                .then()
                .statusCode(409);

        // revenue12m: 900000 of 1000000 = 90; no ratings yet, so only that criterion counts.
        as(ADMIN)
                .get("/api/v1/scores/" + pair.big())
                .then()
                .statusCode(200)
                .body("score", equalTo(90.0f))
                .body("proposedTier", equalTo("Gold"))
                .body("modelId", equalTo(draft))
                .body("completeness", equalTo(0.5f))
                .body("explanation.overall.contributions.find { it.key == 'revenue12m' }.normalised", equalTo(90.0f))
                .body("explanation.overall.contributions.find { it.key == 'strategicFit' }.rawValue", equalTo(null));
        as(ADMIN)
                .queryParam("asOf", "2020-01-01")
                .get("/api/v1/scores/" + pair.big())
                .then()
                .statusCode(404);
        as(ADMIN)
                .queryParam("asOf", Instant.now().toString())
                .get("/api/v1/scores/" + pair.big())
                .then()
                .statusCode(200)
                .body("score", equalTo(90.0f));
    }

    @Test
    void ratingsCountOnTheirScaleAndOnlyForRatedCriteriaOfTheActiveModel() {
        Pair pair = scoredPair(bootstrapServers, json);
        String ratings = "/api/v1/scores/" + pair.small() + "/ratings";

        as(ADMIN)
                .body(Map.of("criterionKey", "strategicFit", "value", 5, "comment", "core to their plan"))
                .post(ratings)
                .then()
                .statusCode(201)
                .body("rater", equalTo("ada.admin"));
        // (3 * 10 + 1 * 100) / 4 = 32.5
        as(ADMIN)
                .get("/api/v1/scores/" + pair.small())
                .then()
                .body("score", equalTo(32.5f))
                .body("proposedTier", equalTo("Bronze"));
        as(ADMIN)
                .body(Map.of("criterionKey", "strategicFit", "value", 9))
                .post(ratings)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("value"));
        as(ADMIN)
                .body(Map.of("criterionKey", "revenue12m", "value", 1))
                .post(ratings)
                .then()
                .statusCode(422);
        as(ADMIN)
                .body(Map.of("criterionKey", "luck", "value", 1))
                .post(ratings)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("criterionKey"));
    }

    @Test
    void aTierOverrideNeedsAReasonAndAKnownTierAndFinanceHearsOfIt() {
        Pair pair = scoredPair(bootstrapServers, json);
        String override = "/api/v1/scores/" + pair.small() + "/tier-override";
        as(ADMIN)
                .body(Map.of("criterionKey", "strategicFit", "value", 5))
                .post("/api/v1/scores/" + pair.small() + "/ratings")
                .then()
                .statusCode(201);
        String inAMonth = LocalDate.now().plusDays(30).toString();

        as(ADMIN)
                .body(Map.of("tier", "Gold", "expiresOn", inAMonth))
                .put(override)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        as(ADMIN)
                .body(Map.of("tier", "Platinum", "reason", "x", "expiresOn", inAMonth))
                .put(override)
                .then()
                .statusCode(422);
        as(ADMIN)
                .body(Map.of("tier", "Gold", "reason", "Strategic partnership signed", "expiresOn", inAMonth))
                .put(override)
                .then()
                .statusCode(200)
                .body("tier", equalTo("Gold"))
                .body("reason", equalTo("Strategic partnership signed"))
                .body("createdBy", equalTo("ada.admin"));
        // An override is an agreement by a kam-admin: the agreed list takes it at once.
        as(ADMIN)
                .get("/api/v1/scores/" + pair.small())
                .then()
                .body("tier", equalTo("Gold"))
                .body("proposedTier", equalTo("Gold"));

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> events = kafka.read(
                    "kam.scoring",
                    r -> pair.small().toString().equals(r.key()),
                    found -> found.stream().anyMatch(r -> r.value().contains("OVERRIDE")),
                    PATIENCE);
            assertThat(events)
                    .extracting(e -> header(e, "ce_type"))
                    .contains(
                            "kam.scoring.score-changed.v1",
                            "kam.scoring.tier-changed.v1",
                            "kam.scoring.tier-changed.v2");
            assertThat(events)
                    .filteredOn(e -> "kam.scoring.tier-changed.v1".equals(header(e, "ce_type")))
                    .extracting(ConsumerRecord::value)
                    .anySatisfy(value ->
                            assertThat(value).contains("\"tier\":\"Gold\"").contains("\"reason\":\"OVERRIDE\""));
            assertThat(events)
                    .filteredOn(e -> "kam.scoring.tier-changed.v2".equals(header(e, "ce_type")))
                    .extracting(ConsumerRecord::value)
                    .anySatisfy(value -> assertThat(value)
                            .contains("\"tier\":\"Gold\"")
                            .contains("\"reason\":\"OVERRIDE\"")
                            .contains("\"accountName\":\"Small Co\"")
                            .contains("\"listVersion\":"));
        }
    }

    @Test
    void thePortfolioPagesByRankAndAFilteredPageKeepsEachAccountsRank() {
        Pair pair = scoredPair(bootstrapServers, json);
        as(ADMIN)
                .body(Map.of(
                        "tier",
                        "Gold",
                        "reason",
                        "Strategic partnership signed",
                        "expiresOn",
                        LocalDate.now().plusDays(30).toString()))
                .put("/api/v1/scores/" + pair.small() + "/tier-override")
                .then()
                .statusCode(200);
        String viewer = TestTokens.bearer("val", "viewer");

        as(viewer)
                .get("/api/v1/portfolio")
                .then()
                .statusCode(200)
                .body("items.find { it.accountId == '" + pair.big() + "' }.proposedTier", equalTo("Gold"))
                .body("items.find { it.accountId == '" + pair.small() + "' }.tier", equalTo("Gold"))
                .body("tiers.Gold", notNullValue());
        String nextCursor = as(viewer)
                .queryParam("limit", 1)
                .get("/api/v1/portfolio")
                .then()
                .statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("items.rank", contains(1))
                .extract()
                .path("nextCursor");
        as(viewer)
                .queryParam("limit", 1)
                .queryParam("cursor", nextCursor)
                .get("/api/v1/portfolio")
                .then()
                .statusCode(200)
                .body("items.rank", contains(2));
        as(viewer)
                .queryParam("tier", "Gold")
                .get("/api/v1/portfolio")
                .then()
                .statusCode(200)
                .body("items.tier", everyItem(equalTo("Gold")))
                .body("items.accountId", hasItems(pair.small().toString()));
        as(viewer)
                .queryParam("quadrant", "middle")
                .get("/api/v1/portfolio")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("quadrant"));
        as(viewer)
                .queryParam("cursor", "not-a-cursor")
                .get("/api/v1/portfolio")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void badModelsAreRefusedNamingWhatIsWrong() {
        Map<String, Object> zeroWeight = model(0.0);
        as(ADMIN)
                .body(zeroWeight)
                .post(MODELS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("criteria[0].weight"));

        Map<String, Object> unordered = model(1.0);
        unordered.put(
                "tierScheme",
                Map.of(
                        "name",
                        "Divisions",
                        "tiers",
                        List.of(
                                Map.of("name", "Premier", "lowerBound", 40),
                                Map.of("name", "First", "lowerBound", 60))));
        as(ADMIN)
                .body(unordered)
                .post(MODELS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("tiers[1].lowerBound"));

        Map<String, Object> badScale = model(1.0);
        badScale.put("criteria", List.of(criterion("fit", 1.0, 5, 1, "RATED", "ATTRACTIVENESS")));
        as(ADMIN).body(badScale).post(MODELS).then().statusCode(400).body("violations[0].field", equalTo("scale"));

        as(TestTokens.bearer("mia", "account-manager"))
                .body(model(1.0))
                .post(MODELS)
                .then()
                .statusCode(403);
    }

    @Test
    void theGeneratedSpecMatchesTheCommittedSnapshot() {
        String generated = given().queryParam("format", "json")
                .get(openApiDocument)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        OpenApiSnapshot.assertMatches(generated, java.nio.file.Path.of("openapi", "scoring-service.json"));
    }

    @Test
    void everyOperationAnswersEachRoleAsItsCommittedDocumentSays() {
        // 401 without a token, 403 exactly for the roles the document does not list, never a 500.
        AccessMatrix.assertEnforced(Path.of("openapi", "scoring-service.json"));
    }

    @Test
    void serverOwnedFieldsInARequestAreRefused() {
        as(ADMIN)
                .body("{\"status\": \"PUBLISHED\", \"version\": 3, \"name\": \"Sneaky\"}")
                .post(MODELS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }
}
