package kam.system;

import static kam.system.SharedPlatform.admin;
import static kam.system.SharedPlatform.api;
import static kam.system.SharedPlatform.platform;
import static kam.system.Steps.MANAGER;
import static kam.system.Steps.awaitEvent;
import static kam.system.Steps.header;
import static kam.system.Steps.importRevenue;
import static kam.system.Steps.modelTieringTheLargest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import kam.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer group as the key account, through the gateway and every service: a group is key on its roll-up and
 * its unit shares its tier with no plan, review or tier change of its own; the unit moves to another group, then that
 * group merges into the first; scores, the list, plans, the cadence and concentration follow each step.
 */
@ExtendWith(SharedPlatform.class)
class CustomerGroupsSystemTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aGroupIsKeyOnItsRollUpItsUnitMovesAndTheGroupsMergeAndEveryServiceFollows() {
        modelTieringTheLargest();
        String am = platform().bearer(MANAGER, "account-manager");
        String tag = UUID.randomUUID().toString();
        JsonNode before = concentration();
        String contoso = register("Contoso Foods " + tag, null);
        String germany = register("Contoso Foods Germany " + tag, contoso);
        String fabrikam = register("Fabrikam Foods " + tag, null);
        // Contoso alone (1,000,000 a quarter) is not key; with its German unit (2,500,000) it is.
        importRevenue(Map.of(contoso, 1_000_000, germany, 2_500_000, fabrikam, 3_000_000));

        awaitScore(contoso, "tier", "Key");
        awaitScore(fabrikam, "tier", "Key");
        JsonNode unit = api().get("/api/v1/scores/" + germany, am).body();
        assertThat(unit.path("groupAccountId").asText()).isEqualTo(contoso);
        assertThat(unit.path("proposedTier").isNull())
                .as("a unit is never ranked")
                .isTrue();
        assertThat(unit.path("tier").asText()).as("it shares its group's tier").isEqualTo("Key");
        awaitAccountReviews(contoso, 4);
        assertThat(plansOf(germany)).as("no plan of its own").isEmpty();
        assertThat(reviewsOf(germany)).as("no review of its own").isEmpty();
        assertThat(tierChangesOf(germany)).as("no tier change of its own").isEmpty();
        // Three accounts, two customer groups.
        await().atMost(PATIENCE)
                .until(() -> concentration().path("groups").asInt()
                                - before.path("groups").asInt()
                        == 2);
        JsonNode grouped = concentration();

        // Germany moves to Fabrikam: Contoso alone is no longer key, and its plan draft closes.
        String contosoPlan = Steps.draftPlanOf(contoso);
        Api.Answer moved = api().send(
                        "PATCH",
                        "/api/v1/accounts/" + germany,
                        admin(),
                        Map.of("parentAccountId", fabrikam),
                        "application/merge-patch+json",
                        api().get("/api/v1/accounts/" + germany, admin()).etag());
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        String movedEvent = awaitEvent(
                        "kam.accounts",
                        r -> germany.equals(r.key()) && "kam.account.moved.v1".equals(header(r, "ce_type")))
                .value();
        assertThat(movedEvent).contains("\"fromGroupId\":\"" + contoso).contains("\"toGroupId\":\"" + fabrikam);
        awaitScore(germany, "groupAccountId", fabrikam);
        awaitScore(contoso, "tier", null);
        awaitPlanStatus(contosoPlan, "CLOSED");
        awaitAccountReviews(contoso, 0);

        // Fabrikam, key with its plan and reviews, merges into Contoso: Fabrikam's plan closes and its reviews are
        // called
        // off naming Contoso, which holds Germany and Fabrikam's revenue now and is key again.
        String fabrikamPlan = Steps.draftPlanOf(fabrikam);
        Api.Answer merged = api().send(
                        "POST",
                        "/api/v1/accounts/" + contoso + "/merge",
                        admin(),
                        Map.of("mergedAccountId", fabrikam, "reason", "Contoso acquired Fabrikam"),
                        "application/json",
                        api().get("/api/v1/accounts/" + contoso, admin()).etag());
        assertThat(merged.status()).as(merged.body().toString()).isEqualTo(200);
        assertThat(merged.body().path("movedUnitIds").toString()).contains(germany);
        assertThat(merged.body().path("revenuePeriods").toString()).contains("2026-Q1", "2026-Q3");
        await().atMost(PATIENCE)
                .until(() -> api().get("/api/v1/scores/" + fabrikam, am).status() == 404);
        awaitScore(contoso, "tier", "Key");
        awaitScore(germany, "groupAccountId", contoso);
        awaitPlanStatus(fabrikamPlan, "CLOSED");
        assertThat(api().get("/api/v1/plans/" + fabrikamPlan, am)
                        .body()
                        .path("closeReason")
                        .asText())
                .contains("merged into")
                .contains(contoso);
        awaitAccountReviews(fabrikam, 0);
        assertThat(reviewsOf(fabrikam))
                .anySatisfy(review ->
                        assertThat(review.path("cancelReason").asText()).contains(contoso));
        awaitAccountReviews(contoso, 4);
        // One customer group (Contoso with Germany) where there were two; the revenue moved, not copied.
        await().atMost(PATIENCE)
                .until(() -> concentration().path("groups").asInt()
                                - before.path("groups").asInt()
                        == 1);
        assertThat(concentration().path("totalRevenue").asDouble())
                .isEqualTo(grouped.path("totalRevenue").asDouble());
        assertThat(api().get("/api/v1/accounts/" + fabrikam, am)
                        .body()
                        .path("mergedIntoAccountId")
                        .asText())
                .isEqualTo(contoso);
    }

    private static String register(String name, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "currency", "EUR", "ownerId", MANAGER));
        if (parent != null) {
            body.put("parentAccountId", parent);
        }
        Api.Answer created = api().post("/api/v1/accounts", admin(), body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("id").asText();
    }

    private static JsonNode concentration() {
        return api().get("/api/v1/portfolio/concentration?by=group", admin()).body();
    }

    private static JsonNode plansOf(String account) {
        return api().get("/api/v1/plans?accountId=" + account, admin()).body().path("items");
    }

    private static JsonNode reviewsOf(String account) {
        return api().get("/api/v1/reviews?accountId=" + account, admin()).body().path("items");
    }

    private static List<?> tierChangesOf(String account) {
        try (KafkaTestClient kafka = new KafkaTestClient(platform().bootstrapServers())) {
            return kafka.read(
                    "kam.scoring",
                    r -> account.equals(r.key())
                            && Objects.requireNonNullElse(header(r, "ce_type"), "")
                                    .startsWith("kam.scoring.tier-changed"),
                    found -> !found.isEmpty(),
                    Duration.ofSeconds(3));
        }
    }

    private static void awaitScore(String account, String field, String value) {
        await().atMost(PATIENCE).until(() -> {
            Api.Answer score = api().get("/api/v1/scores/" + account, admin());
            return score.status() == 200
                    && Objects.equals(value, score.body().path(field).textValue());
        });
    }

    private static void awaitPlanStatus(String plan, String status) {
        await().atMost(PATIENCE)
                .until(() -> status.equals(api().get("/api/v1/plans/" + plan, admin())
                        .body()
                        .path("status")
                        .asText()));
    }

    private static void awaitAccountReviews(String account, int scheduled) {
        await().atMost(PATIENCE)
                .until(() ->
                        api().get("/api/v1/reviews?accountId=" + account + "&status=SCHEDULED&kind=ACCOUNT", admin())
                                        .body()
                                        .path("items")
                                        .size()
                                == scheduled);
    }
}
