package kam.system;

import static kam.system.SharedPlatform.admin;
import static kam.system.SharedPlatform.api;
import static kam.system.SharedPlatform.platform;
import static kam.system.Steps.MANAGER;
import static kam.system.Steps.awaitEvent;
import static kam.system.Steps.draftPlanOf;
import static kam.system.Steps.header;
import static kam.system.Steps.importRevenue;
import static kam.system.Steps.listPolicy;
import static kam.system.Steps.modelTieringTheLargest;
import static kam.system.Steps.register;
import static kam.system.Steps.systemTestModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agreed key-account list through the gateway, with a plain Kafka consumer playing finance: the scores propose,
 * a kam-admin edits and approves, plans, reviews and finance follow the list and not the scores, and the list agreed
 * before still answers for its day.
 */
@ExtendWith(SharedPlatform.class)
class AgreedListSystemTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String ROUNDS = "/api/v1/selection-rounds";

    @Test
    void peopleAgreeTheListAndPlansReviewsAndFinanceFollowItNotTheScores() {
        modelTieringTheLargest();
        listPolicy("MANUAL", 5);
        try {
            String am = platform().bearer(MANAGER, "account-manager");
            String agreed = register("Agreed Co " + UUID.randomUUID(), am);
            String excluded = register("Excluded Co " + UUID.randomUUID(), am);
            importRevenue(Map.of(agreed, 3_000_000, excluded, 3_000_000));
            awaitScore(agreed, "proposedTier", "Key");
            awaitScore(excluded, "proposedTier", "Key");
            assertThat(api().get("/api/v1/scores/" + agreed, am)
                            .body()
                            .path("tier")
                            .isNull())
                    .as("proposed, not yet agreed")
                    .isTrue();

            String first = propose();
            Api.Answer edited = api().send(
                            "PUT",
                            ROUNDS + "/" + first + "/edits/" + excluded,
                            admin(),
                            "{\"tier\": null, \"reason\": \"Under acquisition review\"}",
                            "application/json",
                            null);
            assertThat(edited.status()).isEqualTo(200);
            assertThat(moveOf(edited.body(), agreed).path("kind").asText()).isEqualTo("ENTERING");
            assertThat(moveOf(edited.body(), excluded).isMissingNode()).isTrue();
            int version = approve(first);
            Instant whileFirstInForce = Instant.now();

            ConsumerRecord<String, String> told = awaitEvent(
                    "kam.scoring",
                    r -> agreed.equals(r.key()) && "kam.scoring.tier-changed.v2".equals(header(r, "ce_type")));
            assertThat(told.value())
                    .contains("\"reason\":\"LIST_AGREED\"")
                    .contains("\"tier\":\"Key\"")
                    .contains("\"listVersion\":" + version + ",")
                    .contains("\"accountName\":\"Agreed Co");
            String plan = draftPlanOf(agreed);
            awaitScore(agreed, "tier", "Key");
            awaitAccountReviews(agreed, 4);
            assertThat(api().get("/api/v1/plans?accountId=" + excluded, am)
                            .body()
                            .path("items"))
                    .as("no plan for an account people excluded")
                    .isEmpty();

            // The scores move (its revenue collapses) and the model is published again: the list holds.
            importRevenue(Map.of(agreed, 1_000));
            awaitScore(agreed, "proposedTier", null);
            assertThat(api().get("/api/v1/scores/" + agreed, am)
                            .body()
                            .path("tier")
                            .asText())
                    .isEqualTo("Key");
            JsonNode drift = api().get("/api/v1/key-accounts/drift", am).body();
            assertThat(moveOf(drift, agreed).path("kind").asText()).isEqualTo("LEAVING");
            assertThat(moveOf(drift, excluded).path("kind").asText()).isEqualTo("ENTERING");
            String stale = propose();
            republishTheModel();
            Api.Answer refused =
                    api().send("POST", ROUNDS + "/" + stale + "/approve", admin(), "{}", "application/json", null);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().path("detail").asText()).contains("was proposed under scoring model");
            assertThat(api().send("POST", ROUNDS + "/" + stale + "/discard", admin(), "{}", "application/json", null)
                            .status())
                    .isEqualTo(200);

            int next = approve(propose());
            ConsumerRecord<String, String> left = awaitEvent(
                    "kam.scoring",
                    r -> agreed.equals(r.key())
                            && "kam.scoring.tier-changed.v2".equals(header(r, "ce_type"))
                            && r.value().contains("\"listVersion\":" + next + ","));
            assertThat(left.value()).contains("\"previousTier\":\"Key\"").contains("\"tier\":null");
            await().atMost(PATIENCE).until(() -> "CLOSED"
                    .equals(api().get("/api/v1/plans/" + plan, am)
                            .body()
                            .path("status")
                            .asText()));
            awaitAccountReviews(agreed, 0);
            JsonNode then = api().get("/api/v1/key-accounts?asOf=" + whileFirstInForce, am)
                    .body();
            assertThat(then.path("version").asInt()).isEqualTo(version);
            assertThat(entryOf(then, agreed).path("tier").asText()).isEqualTo("Key");
            assertThat(entryOf(api().get("/api/v1/key-accounts", am).body(), excluded)
                            .path("tier")
                            .asText())
                    .isEqualTo("Key");
        } finally {
            listPolicy("AUTOMATIC", 0);
        }
    }

    /** Starts a selection round, closing one another test left open. */
    private static String propose() {
        JsonNode rounds = api().get(ROUNDS, admin()).body();
        for (JsonNode round : rounds.path("items")) {
            if ("OPEN".equals(round.path("status").asText())) {
                api().send(
                                "POST",
                                ROUNDS + "/" + round.path("id").asText() + "/discard",
                                admin(),
                                "{}",
                                "application/json",
                                null);
            }
        }
        Api.Answer proposed =
                api().send("POST", ROUNDS, admin(), "{\"title\": \"System test\"}", "application/json", null);
        assertThat(proposed.status()).isEqualTo(201);
        return proposed.body().path("id").asText();
    }

    private static int approve(String round) {
        Api.Answer approved = api().send(
                        "POST",
                        ROUNDS + "/" + round + "/approve",
                        admin(),
                        "{\"note\": \"Agreed with the sponsor\"}",
                        "application/json",
                        null);
        assertThat(approved.status()).isEqualTo(200);
        return approved.body().path("listVersion").asInt();
    }

    /** The same model again, as a new version: rounds proposed before it are stale, no tier moves. */
    private static void republishTheModel() {
        Steps.publishModel(systemTestModel());
    }

    private static void awaitAccountReviews(String account, int scheduled) {
        String am = platform().bearer(MANAGER, "account-manager");
        await().atMost(PATIENCE)
                .until(() -> api().get("/api/v1/reviews?accountId=" + account + "&status=SCHEDULED&kind=ACCOUNT", am)
                                .body()
                                .path("items")
                                .size()
                        == scheduled);
    }

    private static void awaitScore(String account, String field, String value) {
        String am = platform().bearer(MANAGER, "account-manager");
        await().atMost(PATIENCE).until(() -> {
            Api.Answer score = api().get("/api/v1/scores/" + account, am);
            return score.status() == 200
                    && Objects.equals(value, score.body().path(field).textValue());
        });
    }

    private static JsonNode moveOf(JsonNode view, String account) {
        for (JsonNode move : view.has("changes") ? view.path("changes") : view.path("items")) {
            if (account.equals(move.path("accountId").asText())) {
                return move;
            }
        }
        return MissingNode.getInstance();
    }

    private static JsonNode entryOf(JsonNode list, String account) {
        for (JsonNode entry : list.path("entries")) {
            if (account.equals(entry.path("accountId").asText())) {
                return entry;
            }
        }
        return MissingNode.getInstance();
    }
}
