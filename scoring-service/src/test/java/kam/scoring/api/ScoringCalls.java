package kam.scoring.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.account.RevenueRecorded;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.SampleEvents;
import kam.platform.testing.TestTokens;

/** What the scoring tests call it with: callers, accounts and revenue told as events, models drafted and published. */
final class ScoringCalls {
    static final String ADMIN = TestTokens.bearer("ada.admin", "kam-admin");
    static final String MODELS = "/api/v1/scoring-models";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private ScoringCalls() {}

    /** Two accounts of a test's own: Big Co with 900,000 of revenue, Small Co with 100,000. */
    record Pair(UUID big, UUID small) {}

    static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    static void publish(KafkaTestClient kafka, ObjectMapper json, Object payload) {
        kafka.sendEvent("kam.accounts", "/kam/account-service", payload, json);
    }

    static RevenueRecorded revenue(UUID account, String amount) {
        return new RevenueRecorded(account, "2026", new BigDecimal(amount), null, null, "EUR", Instant.now());
    }

    /** Big Co's revenue arrives before its registration; answers once scoring has both accounts' last events. */
    static Pair pair(String bootstrapServers, ObjectMapper json) {
        Pair pair = new Pair(UUID.randomUUID(), UUID.randomUUID());
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            publish(kafka, json, revenue(pair.big(), "900000"));
            publish(kafka, json, new AccountRegistered(pair.big(), SampleEvents.account("Big Co", "amelia")));
            publish(kafka, json, new AccountRegistered(pair.small(), SampleEvents.account("Small Co", "amelia")));
            publish(kafka, json, revenue(pair.small(), "100000"));
        }
        for (UUID account : List.of(pair.big(), pair.small())) {
            await().atMost(PATIENCE).untilAsserted(() -> as(ADMIN)
                    .get("/api/v1/portfolio/" + account + "/share-of-wallet")
                    .then()
                    .statusCode(200)
                    .body("revenue", equalTo(account.equals(pair.big()) ? 900000.0f : 100000.0f)));
        }
        return pair;
    }

    /** Drafts {@link #model} and publishes it: the active model from here on. Answers its id. */
    static String published(Map<String, Object> model) {
        String id = as(ADMIN)
                .body(model)
                .post(MODELS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(ADMIN)
                .header("If-Match", "\"0\"")
                .post(MODELS + "/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        return id;
    }

    /** The pair under a published {@link #model} of revenue weight 3: Big Co 90 (Gold), Small Co 10. */
    static Pair scoredPair(String bootstrapServers, ObjectMapper json) {
        Pair pair = pair(bootstrapServers, json);
        // A publication re-scores the whole portfolio before it answers.
        published(model(3.0));
        return pair;
    }

    /** One rated criterion whose only tier no score reaches: published, it tiers no account, as on a new portfolio. */
    static Map<String, Object> outOfReach() {
        return Map.of(
                "name", "Out of reach " + UUID.randomUUID(),
                "criteria", List.of(criterion("strategicFit", 1.0, 1, 5, "RATED", "ATTRACTIVENESS")),
                "tierScheme",
                        Map.of(
                                "name",
                                "Out of reach",
                                "tiers",
                                List.of(Map.of("name", "Unreached", "lowerBound", 100))));
    }

    static Map<String, Object> model(double revenueWeight) {
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

    static Map<String, Object> criterion(
            String key, double weight, double min, double max, String source, String axis) {
        return Map.of(
                "key", key,
                "name", key,
                "weight", weight,
                "scale", Map.of("min", min, "max", max, "levels", List.of()),
                "source", source,
                "axis", axis);
    }
}
