package kam.system;

import static kam.system.SharedPlatform.admin;
import static kam.system.SharedPlatform.api;
import static kam.system.SharedPlatform.platform;
import static kam.system.Steps.MANAGER;
import static kam.system.Steps.approvedPlanOf;
import static kam.system.Steps.keyAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad and hostile input through the gateway and straight to each service: problems, and nothing stored changes. */
@ExtendWith(SharedPlatform.class)
class BadInputSystemTest {
    private static final int BAD_REQUESTS_PER_SERVICE = 5000;
    private static String account;
    private static String plan;

    /** A key account with an approved plan and its reviews: the real ids the generated requests use. */
    @BeforeAll
    static void aKeyAccountWithItsPlanAndReviews() {
        account = keyAccount("Fuzz Co");
        plan = approvedPlanOf(account);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api().get("/api/v1/reviews?accountId=" + account, admin())
                                .body()
                                .get("items")
                                .size()
                        > 0);
    }

    @Test
    void thousandsOfBadRequestsPerServiceGetProblemsAndChangeNothingStored() {
        Map<String, String> before = quietData();
        String everyRole =
                platform().bearer("fuzz", "kam-admin", "account-manager", "executive", "mentor", "finance", "viewer");
        String review = api().get("/api/v1/reviews?limit=1&accountId=" + account, admin())
                .body()
                .at("/items/0/id")
                .asText();
        String model = api().get("/api/v1/scoring-models", admin())
                .body()
                .at("/items/0/id")
                .asText();
        Map<String, Map<String, String>> realValues = Map.of(
                "account-service",
                Map.of("id", account, "accountId", account),
                "scoring-service",
                Map.of("id", model, "accountId", account),
                "planning-service",
                Map.of("id", plan, "planId", plan),
                "review-service",
                Map.of("id", review, "accountId", account, "userId", MANAGER, "quarter", "2027-Q1"));
        List<BadInput.Outcome> outcomes = new ArrayList<>();
        for (String service : SystemPlatform.SERVICES) {
            JsonNode document = platform().openApi(service);
            List<BadRequests.Request> requests =
                    BadRequests.generate(document, realValues.get(service)::get, BAD_REQUESTS_PER_SERVICE, 11);
            outcomes.add(BadInput.send(service, platform().service(service), everyRole, requests));
        }
        System.out.println("\nBad requests straight to each service (generated from its OpenAPI document):\n"
                + badInputTable(outcomes));
        outcomes.forEach(outcome -> assertThat(outcome.defects())
                .as(outcome.service() + ": " + outcome.defects().size() + " defects")
                .isEmpty());
        assertThat(StoredData.fingerprint(platform(), SystemPlatform.DATABASE_NAMES))
                .as("the stored data after the bad requests")
                .isEqualTo(before);
    }

    @Test
    void hostileTextIsStoredAndReadBackAsItCameOrRefusedNamingTheField() {
        for (String hostile : BadRequests.HOSTILE) {
            if (!StandardCharsets.UTF_8.newEncoder().canEncode(hostile)) {
                continue; // a lone surrogate cannot travel as UTF-8: the client sends '?' in its place
            }
            Api.Answer created = api().post("/api/v1/accounts", admin(), Map.of("name", hostile, "currency", "EUR"));
            if (created.status() == 201) {
                String id = created.body().get("id").asText();
                assertThat(api().get("/api/v1/accounts/" + id, admin())
                                .body()
                                .get("name")
                                .asText())
                        .isEqualTo(hostile);
            } else {
                assertThat(created.status()).as(hostile).isIn(400, 422);
                assertThat(created.body().toString()).contains("name");
            }
        }
    }
    /** The stored data once it has stopped moving: events of the earlier tests may still be arriving. */
    private static Map<String, String> quietData() {
        Map<String, String> previous = StoredData.fingerprint(platform(), SystemPlatform.DATABASE_NAMES);
        for (int i = 0; i < 30; i++) {
            SystemPlatform.sleep(2000);
            Map<String, String> now = StoredData.fingerprint(platform(), SystemPlatform.DATABASE_NAMES);
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        throw new AssertionError("the stored data keeps changing with nothing sent");
    }

    private static String badInputTable(List<BadInput.Outcome> outcomes) {
        StringBuilder table = new StringBuilder(
                "| service | requests | answers by status | 5xx | defects |\n|---|--:|---|--:|--:|\n");
        for (BadInput.Outcome o : outcomes) {
            table.append("| %s | %d | %s | %d | %d |\n"
                    .formatted(
                            o.service(),
                            o.sent(),
                            o.byStatus(),
                            o.byStatus().entrySet().stream()
                                    .filter(e -> e.getKey() >= 500)
                                    .mapToInt(Map.Entry::getValue)
                                    .sum(),
                            o.defects().size()));
        }
        return table.toString();
    }
}
