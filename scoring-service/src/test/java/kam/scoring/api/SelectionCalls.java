package kam.scoring.api;

import static kam.scoring.api.ScoringCalls.ADMIN;
import static kam.scoring.api.ScoringCalls.PATIENCE;
import static kam.scoring.api.ScoringCalls.as;
import static kam.scoring.api.ScoringCalls.criterion;
import static kam.scoring.api.ScoringCalls.publish;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kam.platform.events.account.AccountRegistered;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.SampleEvents;
import kam.platform.testing.TestTokens;

/** What the selection tests call: their own accounts and model, rounds, and the list's policy. */
final class SelectionCalls {
    static final String ROUNDS = "/api/v1/selection-rounds";
    static final String LIST = "/api/v1/key-accounts";
    static final String EXECUTIVE = TestTokens.bearer("eve.exec", "executive");

    private SelectionCalls() {}

    /** An account of the test's own, without revenue (the others' concentration stays theirs); answers once known. */
    static UUID account(String bootstrapServers, ObjectMapper json, String name) {
        return unit(bootstrapServers, json, name, null);
    }

    /** The same, as a unit of the customer group {@code parent} (null: an account of its own). */
    static UUID unit(String bootstrapServers, ObjectMapper json, String name, UUID parent) {
        UUID id = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            publish(kafka, json, new AccountRegistered(id, SampleEvents.account(name, "amelia", parent)));
        }
        await().atMost(PATIENCE).untilAsserted(() -> as(ADMIN)
                .get("/api/v1/scores/" + id + "/ratings")
                .then()
                .statusCode(200));
        return id;
    }

    /**
     * One rated criterion, a key fit on 1..5 (0, 25, 50, 75, 100): Gold from 90, Silver from {@code silverBound}, at
     * most three key accounts. Only these tests rate it: any other test's account has no score under it.
     */
    static Map<String, Object> keyFitModel(int silverBound) {
        return fitModel("keyFit", silverBound);
    }

    /** The same with a criterion of its own: a test rating it competes with no other test's accounts for the cap. */
    static Map<String, Object> fitModel(String criterionKey, int silverBound) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", "Key fit " + UUID.randomUUID());
        model.put("criteria", List.of(criterion(criterionKey, 1.0, 1, 5, "RATED", "ATTRACTIVENESS")));
        model.put(
                "tierScheme",
                Map.of(
                        "name",
                        "Gold / Silver",
                        "tiers",
                        List.of(
                                Map.of("name", "Gold", "lowerBound", 90),
                                Map.of("name", "Silver", "lowerBound", silverBound)),
                        "cap",
                        3));
        return model;
    }

    static void rate(UUID account, int keyFit) {
        rate(account, "keyFit", keyFit);
    }

    static void rate(UUID account, String criterionKey, int value) {
        as(ADMIN)
                .body(Map.of("criterionKey", criterionKey, "value", value))
                .post("/api/v1/scores/" + account + "/ratings")
                .then()
                .statusCode(201);
    }

    static void policy(String mode, double margin) {
        policy(mode, margin, false);
    }

    static void policy(String mode, double margin, boolean unitsStandAlone) {
        as(ADMIN)
                .body(Map.of("mode", mode, "margin", margin, "unitsStandAlone", unitsStandAlone))
                .put(LIST + "/policy")
                .then()
                .statusCode(200)
                .body("mode", equalTo(mode))
                .body("unitsStandAlone", equalTo(unitsStandAlone));
    }

    /** One round is open at a time: a test that proposes one first closes any another test left open. */
    static void discardTheOpenRound() {
        List<String> open =
                as(ADMIN).get(ROUNDS).then().statusCode(200).extract().path("items.findAll { it.status == 'OPEN' }.id");
        open.forEach(id -> as(ADMIN)
                .body(Map.of("note", "closed by a test that needs a round of its own"))
                .post(ROUNDS + "/" + id + "/discard")
                .then()
                .statusCode(200));
    }

    /** A GPath to the entry of a list or round that names this account. */
    static String of(String list, UUID account) {
        return list + ".find { it.accountId == '" + account + "' }";
    }

    /** A GPath to the entries of a list or round that name these accounts. */
    static String ofAll(String list, UUID... accounts) {
        String ids = List.of(accounts).stream().map(a -> "'" + a + "'").collect(Collectors.joining(","));
        return list + ".findAll { it.accountId in [" + ids + "] }";
    }
}
