package kam.scoring.api;

import static io.restassured.RestAssured.given;
import static kam.platform.testing.KafkaTestClient.header;
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
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.account.RevenueRecorded;
import kam.platform.testing.AccessMatrix;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.OpenApiSnapshot;
import kam.platform.testing.SampleEvents;
import kam.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Scoring from account events to explained scores, tiers, overrides and what-if, through the API and Kafka. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ScoringApiTest {
    private static final String ADMIN = TestTokens.bearer("ada.admin", "kam-admin");
    private static final String MODELS = "/api/v1/scoring-models";

    private final String bootstrapServers;
    private final ObjectMapper json;

    ScoringApiTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    @Test
    void fromAccountEventsToExplainedScoresTiersAndOverrides() throws Exception {
        UUID big = UUID.randomUUID();
        UUID small = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            // Big Co's revenue arrives before its registration: kept, and scored once the account is registered.
            publish(kafka, revenue(big, "900000"));
            publish(kafka, new AccountRegistered(big, SampleEvents.account("Big Co", "amelia")));
            publish(kafka, new AccountRegistered(small, SampleEvents.account("Small Co", "amelia")));
            publish(kafka, revenue(small, "100000"));
        }

        String draft = as(ADMIN)
                .body(model(3.0))
                .post(MODELS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // The account events arrive through the inbox: the draft's what-if sees both accounts as new key accounts.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(ADMIN)
                .get(MODELS + "/" + draft + "/what-if")
                .then()
                .statusCode(200)
                .body("items.accountId", hasItems(big.toString())));
        // Small Co's last event (its revenue) has arrived too.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(ADMIN)
                .get("/api/v1/portfolio/" + small + "/share-of-wallet")
                .then()
                .statusCode(200)
                .body("revenue", equalTo(100000.0f)));

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
                .get("/api/v1/scores/" + big)
                .then()
                .statusCode(200)
                .body("score", equalTo(90.0f))
                .body("tier", equalTo("Gold"))
                .body("modelId", equalTo(draft))
                .body("completeness", equalTo(0.5f))
                .body("explanation.overall.contributions.find { it.key == 'revenue12m' }.normalised", equalTo(90.0f))
                .body("explanation.overall.contributions.find { it.key == 'strategicFit' }.rawValue", equalTo(null));

        as(ADMIN)
                .body(Map.of("criterionKey", "strategicFit", "value", 5, "comment", "core to their plan"))
                .post("/api/v1/scores/" + small + "/ratings")
                .then()
                .statusCode(201)
                .body("rater", equalTo("ada.admin"));
        // (3 * 10 + 1 * 100) / 4 = 32.5
        as(ADMIN)
                .get("/api/v1/scores/" + small)
                .then()
                .body("score", equalTo(32.5f))
                .body("tier", equalTo("Bronze"));
        as(ADMIN)
                .body(Map.of("criterionKey", "strategicFit", "value", 9))
                .post("/api/v1/scores/" + small + "/ratings")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("value"));
        as(ADMIN)
                .body(Map.of("criterionKey", "revenue12m", "value", 1))
                .post("/api/v1/scores/" + small + "/ratings")
                .then()
                .statusCode(422);
        as(ADMIN)
                .body(Map.of("criterionKey", "luck", "value", 1))
                .post("/api/v1/scores/" + small + "/ratings")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("criterionKey"));

        as(ADMIN)
                .body(Map.of(
                        "tier",
                        "Gold",
                        "expiresOn",
                        LocalDate.now().plusDays(30).toString()))
                .put("/api/v1/scores/" + small + "/tier-override")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        as(ADMIN)
                .body(Map.of(
                        "tier",
                        "Platinum",
                        "reason",
                        "x",
                        "expiresOn",
                        LocalDate.now().plusDays(30).toString()))
                .put("/api/v1/scores/" + small + "/tier-override")
                .then()
                .statusCode(422);
        as(ADMIN)
                .body(Map.of(
                        "tier",
                        "Gold",
                        "reason",
                        "Strategic partnership signed",
                        "expiresOn",
                        LocalDate.now().plusDays(30).toString()))
                .put("/api/v1/scores/" + small + "/tier-override")
                .then()
                .statusCode(200)
                .body("tier", equalTo("Gold"))
                .body("reason", equalTo("Strategic partnership signed"))
                .body("createdBy", equalTo("ada.admin"));
        as(ADMIN).get("/api/v1/scores/" + small).then().body("tier", equalTo("Gold"));

        as(TestTokens.bearer("val", "viewer"))
                .get("/api/v1/portfolio")
                .then()
                .statusCode(200)
                .body("items.find { it.accountId == '" + big + "' }.tier", equalTo("Gold"))
                .body("tiers.Gold", notNullValue());
        String viewer = TestTokens.bearer("val", "viewer");
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
        // A filtered page keeps each account's rank in the whole portfolio.
        as(viewer)
                .queryParam("tier", "Gold")
                .get("/api/v1/portfolio")
                .then()
                .statusCode(200)
                .body("items.tier", everyItem(equalTo("Gold")))
                .body("items.accountId", hasItems(big.toString(), small.toString()));
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
        as(ADMIN)
                .queryParam("asOf", "2020-01-01")
                .get("/api/v1/scores/" + big)
                .then()
                .statusCode(404);
        as(ADMIN)
                .queryParam("asOf", Instant.now().toString())
                .get("/api/v1/scores/" + big)
                .then()
                .statusCode(200)
                .body("score", equalTo(90.0f));

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> events = kafka.read(
                    "kam.scoring",
                    r -> small.toString().equals(r.key()),
                    found -> found.stream().anyMatch(r -> r.value().contains("OVERRIDE")),
                    Duration.ofSeconds(30));
            assertThat(events)
                    .extracting(e -> header(e, "ce_type"))
                    .contains("kam.scoring.score-changed.v1", "kam.scoring.tier-changed.v1");
            assertThat(events)
                    .filteredOn(e -> "kam.scoring.tier-changed.v1".equals(header(e, "ce_type")))
                    .extracting(ConsumerRecord::value)
                    .anySatisfy(value -> assertThat(value)
                            .contains("\"tier\":\"Gold\"")
                            .contains("\"previousTier\":\"Bronze\"")
                            .contains("\"reason\":\"OVERRIDE\""));
        }
    }

    @Test
    void thePortfolioShowsConcentrationLifetimeValueTheMatrixAndAlignment() throws Exception {
        UUID group = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            publish(kafka, new AccountRegistered(group, SampleEvents.account("Group plc", "amelia")));
            publish(kafka, new AccountRegistered(unit, SampleEvents.account("Group plc, Ireland", "amelia", group)));
            publish(kafka, new AccountRegistered(other, SampleEvents.account("Other Ltd", "amelia")));
            publish(
                    kafka,
                    new RevenueRecorded(
                            unit,
                            "2026",
                            new BigDecimal("3000000"),
                            new BigDecimal("600000"),
                            new BigDecimal("12000000"),
                            "EUR",
                            Instant.now()));
            publish(kafka, revenue(other, "1000"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(ADMIN)
                .get("/api/v1/portfolio/" + other + "/share-of-wallet")
                .then()
                .statusCode(200)
                .body("revenue", equalTo(1000.0f)));

        // The unit's revenue counts for its group: companies under common control count as one.
        as(TestTokens.bearer("fin", "finance"))
                .queryParam("k", 1)
                .get("/api/v1/portfolio/concentration")
                .then()
                .statusCode(200)
                .body("flagged.groupId", hasItems(group.toString()))
                .body("herfindahlHirschman", notNullValue())
                .body("paretoCurve.size()", org.hamcrest.Matchers.greaterThan(1));
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> alerts = kafka.read(
                    "kam.scoring",
                    r -> group.toString().equals(r.key())
                            && "kam.scoring.concentration-alert.v1".equals(header(r, "ce_type")),
                    found -> !found.isEmpty(),
                    Duration.ofSeconds(30));
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0).value()).contains("Group plc").contains("\"threshold\":0.1");

            // The measure goes out keyed by the one portfolio whenever it moves; the latest names the flagged group.
            List<ConsumerRecord<String, String>> measures = kafka.read(
                    "kam.scoring",
                    r -> "kam.scoring.concentration-measured.v1".equals(header(r, "ce_type")),
                    found -> !found.isEmpty()
                            && found.get(found.size() - 1).value().contains(group.toString()),
                    Duration.ofSeconds(30));
            assertThat(measures).allMatch(r -> "00000000-0000-0000-0000-000000000000".equals(r.key()));
            assertThat(measures.get(measures.size() - 1).value()).contains("\"top20Share\":");
        }

        as(ADMIN)
                .get("/api/v1/portfolio/" + unit + "/share-of-wallet")
                .then()
                .body("shareOfWallet", equalTo(0.25f))
                .body("whiteSpace", equalTo(9000000.0f));
        // 600000 * 0.9 / (1 + 0.1 - 0.9) = 2,700,000
        as(ADMIN)
                .queryParam("retention", 0.9)
                .queryParam("discount", 0.1)
                .queryParam("years", 3)
                .get("/api/v1/portfolio/" + unit + "/lifetime-value")
                .then()
                .statusCode(200)
                .body("yearlyMargin", equalTo(600000.0f))
                .body("infiniteHorizon", equalTo(2700000.0f))
                .body("years", equalTo(3));
        as(ADMIN)
                .queryParam("retention", 1.5)
                .get("/api/v1/portfolio/" + unit + "/lifetime-value")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("retention"));
        as(TestTokens.bearer("val", "viewer"))
                .get("/api/v1/portfolio/concentration")
                .then()
                .statusCode(403);

        String svg = as(ADMIN)
                .accept("image/svg+xml")
                .get("/api/v1/portfolio/matrix/svg")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(svg).startsWith("<svg").contains("Strategic").contains("Laggard");

        String ceo = TestTokens.bearer("carla.ceo", "executive");
        as(ceo).body(Map.of("accountIds", List.of(other.toString(), unit.toString())))
                .put("/api/v1/nominations/mine")
                .then()
                .statusCode(200)
                .body("leader", equalTo("carla.ceo"));
        as(ceo).body(Map.of("accountIds", List.of(UUID.randomUUID().toString())))
                .put("/api/v1/nominations/mine")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("accountIds[0]"));
        as(ceo).get("/api/v1/nominations/report")
                .then()
                .statusCode(200)
                .body("leaders", equalTo(1))
                .body("distinctAccountsNamed", equalTo(2))
                .body("alignments[0].comparison.nominated", equalTo(2));
        as(TestTokens.bearer("mia", "account-manager"))
                .get("/api/v1/nominations/report")
                .then()
                .statusCode(403);
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
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        OpenApiSnapshot.assertMatches(generated, java.nio.file.Path.of("openapi", "scoring-service.json"));
    }

    private void publish(KafkaTestClient kafka, Object payload) {
        kafka.sendEvent("kam.accounts", "/kam/account-service", payload, json);
    }

    private static RevenueRecorded revenue(UUID account, String amount) {
        return new RevenueRecorded(account, "2026", new BigDecimal(amount), null, null, "EUR", Instant.now());
    }

    private static Map<String, Object> model(double revenueWeight) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", "Selection " + UUID.randomUUID());
        model.put(
                "criteria",
                List.of(
                        criterion("revenue12m", revenueWeight, 0, 1_000_000, "REVENUE_12M", "ATTRACTIVENESS"),
                        criterion("strategicFit", 1.0, 1, 5, "RATED", "ATTRACTIVENESS"),
                        criterion("relationshipStrength", 2.0, 1, 5, "RATED", "RELATIVE_STRENGTH")));
        return model;
    }

    private static Map<String, Object> criterion(
            String key, double weight, double min, double max, String source, String axis) {
        return Map.of(
                "key", key,
                "name", key,
                "weight", weight,
                "scale", Map.of("min", min, "max", max, "levels", List.of()),
                "source", source,
                "axis", axis);
    }

    private static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
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
