package kam.scoring.api;

import static kam.platform.testing.KafkaTestClient.header;
import static kam.scoring.api.ScoringCalls.ADMIN;
import static kam.scoring.api.ScoringCalls.PATIENCE;
import static kam.scoring.api.ScoringCalls.as;
import static kam.scoring.api.ScoringCalls.published;
import static kam.scoring.api.SelectionCalls.EXECUTIVE;
import static kam.scoring.api.SelectionCalls.LIST;
import static kam.scoring.api.SelectionCalls.ROUNDS;
import static kam.scoring.api.SelectionCalls.account;
import static kam.scoring.api.SelectionCalls.keyFitModel;
import static kam.scoring.api.SelectionCalls.of;
import static kam.scoring.api.SelectionCalls.ofAll;
import static kam.scoring.api.SelectionCalls.policy;
import static kam.scoring.api.SelectionCalls.rate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The agreed key-account list end to end, through the API and the real broker: the scores propose, people edit and
 * agree, the list holds while the scores drift, a new agreement moves it, and the old list still answers for its day.
 */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class KeyAccountListTest {
    private final String bootstrapServers;
    private final ObjectMapper json;

    KeyAccountListTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    @Test
    void theScoresProposePeopleAgreeAndTheListHoldsUntilTheyAgreeAgain() throws IOException {
        policy("MANUAL", 5);
        SelectionCalls.discardTheOpenRound();
        UUID alpha = account(bootstrapServers, json, "Alpha Foods");
        UUID beta = account(bootstrapServers, json, "Beta Energy");
        UUID gamma = account(bootstrapServers, json, "Gamma Retail");
        UUID delta = account(bootstrapServers, json, "Delta Homes");
        published(keyFitModel(70));
        // Alpha and Delta 100 (Gold), Beta 75 (Silver), Gamma 25 (none).
        rate(alpha, 5);
        rate(delta, 5);
        rate(beta, 4);
        rate(gamma, 2);
        as(ADMIN)
                .get("/api/v1/scores/" + beta)
                .then()
                .body("proposedTier", equalTo("Silver"))
                .body("tier", nullValue());
        as(ADMIN)
                .get(LIST + "/drift")
                .then()
                .statusCode(200)
                .body(ofAll("items", alpha, beta, delta) + ".kind", everyItem(equalTo("ENTERING")))
                .body(of("items", gamma), nullValue());

        String round = propose();
        as(ADMIN).body(Map.of()).post(ROUNDS).then().statusCode(409).body("detail", containsString(round));
        editAndApproveOverTheCapOnlyWithAnOverride(round, gamma);
        int first = as(EXECUTIVE)
                .body(Map.of("note", "Agreed with the sponsor, Q1 review"))
                .post(ROUNDS + "/" + round + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("eve.exec"))
                .extract()
                .path("listVersion");
        as(EXECUTIVE)
                .body(Map.of())
                .post(ROUNDS + "/" + round + "/approve")
                .then()
                .statusCode(409);
        as(TestTokens.bearer("val", "viewer"))
                .get(LIST)
                .then()
                .statusCode(200)
                .body("version", equalTo(first))
                .body("reason", equalTo("LIST_AGREED"))
                .body("agreedBy", equalTo("eve.exec"))
                .body(of("entries", alpha) + ".tier", equalTo("Gold"))
                .body(of("entries", beta) + ".tier", equalTo("Silver"))
                .body(of("entries", gamma) + ".basis", equalTo("OVERRIDE"))
                .body(of("changes", alpha) + ".kind", equalTo("ENTERING"));
        as(ADMIN).get("/api/v1/scores/" + alpha).then().body("tier", equalTo("Gold"));
        assertTold(alpha, null, "Gold", first);
        Instant whileFirstInForce = Instant.now();

        // Beta's fit falls to 1: 0, below Silver. The list holds; the drift shows it leaving.
        rate(beta, 1);
        as(ADMIN)
                .get("/api/v1/scores/" + beta)
                .then()
                .body("tier", equalTo("Silver"))
                .body("proposedTier", nullValue());
        as(ADMIN)
                .get(LIST + "/drift")
                .then()
                .body("listVersion", equalTo(first))
                .body(of("items", beta) + ".kind", equalTo("LEAVING"))
                .body(of("items", beta) + ".from", equalTo("Silver"));

        String stale = propose();
        refusedAsEmptyThenAsProposedUnderAnotherModel(stale);
        as(ADMIN)
                .body(Map.of("note", "superseded"))
                .post(ROUNDS + "/" + stale + "/discard")
                .then()
                .statusCode(200);

        String second = propose();
        int next = as(ADMIN)
                .body(Map.of())
                .post(ROUNDS + "/" + second + "/approve")
                .then()
                .statusCode(200)
                .extract()
                .path("listVersion");
        assertThat(next).isGreaterThan(first);
        as(ADMIN)
                .get(LIST)
                .then()
                .body(of("entries", beta), nullValue())
                .body(of("changes", beta) + ".to", nullValue());
        assertTold(beta, "Silver", null, next);
        theOldListAnswersForItsDay(beta, whileFirstInForce, first);
        as(ADMIN).get(LIST + "/versions").then().statusCode(200).body("items.version", hasItems(first, next));
        followsTheScoresOnceAutomatic(delta);
    }

    @Test
    void badInputIsRefusedNamingWhatIsWrong() {
        as(ADMIN)
                .queryParam("cursor", "x")
                .get(LIST + "/versions")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
        as(ADMIN)
                .queryParam("cursor", "x")
                .get(ROUNDS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
        as(ADMIN).get(ROUNDS + "/" + UUID.randomUUID()).then().statusCode(404);
        as(ADMIN).post(ROUNDS).then().statusCode(400);
        as(ADMIN).body("null").post(ROUNDS).then().statusCode(400);
        as(ADMIN).get(LIST + "/versions/99999").then().statusCode(404);
        as(ADMIN).queryParam("asOf", "2000-01-01").get(LIST).then().statusCode(404);
        as(ADMIN).queryParam("asOf", "soon").get(LIST).then().statusCode(400);
        as(ADMIN)
                .body(Map.of("mode", "AUTOMATIC", "margin", 60))
                .put(LIST + "/policy")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("margin"));
        as(ADMIN)
                .body(Map.of("mode", "SOMETIMES", "margin", 5))
                .put(LIST + "/policy")
                .then()
                .statusCode(400);
        as(EXECUTIVE)
                .body(Map.of("mode", "MANUAL", "margin", 5))
                .put(LIST + "/policy")
                .then()
                .statusCode(403);
        as(ADMIN)
                .body(Map.of())
                .post(ROUNDS + "/" + UUID.randomUUID() + "/approve")
                .then()
                .statusCode(404);
    }

    /** The list agreed first still answers for a moment it was in force, and so does the account's score. */
    private static void theOldListAnswersForItsDay(UUID beta, Instant whileFirstInForce, int first) {
        as(ADMIN)
                .queryParam("asOf", whileFirstInForce.toString())
                .get(LIST)
                .then()
                .body("version", equalTo(first))
                .body(of("entries", beta) + ".tier", equalTo("Silver"));
        as(ADMIN)
                .queryParam("asOf", whileFirstInForce.toString())
                .get("/api/v1/scores/" + beta)
                .then()
                .body("tier", equalTo("Silver"));
    }

    /** Edits name their reason; an include beyond the cap needs an override, which an expiry date makes it. */
    private static void editAndApproveOverTheCapOnlyWithAnOverride(String round, UUID gamma) {
        String edit = ROUNDS + "/" + round + "/edits/" + gamma;
        as(EXECUTIVE).body(Map.of("tier", "Silver")).put(edit).then().statusCode(400);
        as(EXECUTIVE)
                .body(Map.of("tier", "Platinum", "reason", "x"))
                .put(edit)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("tier"));
        as(EXECUTIVE)
                .body(Map.of("tier", "Silver", "reason", "x", "expiresOn", "2020-01-01"))
                .put(edit)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("expiresOn"));
        as(EXECUTIVE)
                .body(Map.of("tier", "Silver", "reason", "Joint venture announced"))
                .put(edit)
                .then()
                .statusCode(200)
                .body(of("entries", gamma) + ".tier", equalTo("Silver"))
                .body(of("entries", gamma) + ".edit.editedBy", equalTo("eve.exec"))
                .body(of("changes", gamma) + ".kind", equalTo("ENTERING"));
        as(EXECUTIVE)
                .body(Map.of())
                .post(ROUNDS + "/" + round + "/approve")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("edits"))
                .body("violations[0].message", containsString("cap of 3"));
        as(EXECUTIVE)
                .body(Map.of(
                        "tier",
                        "Silver",
                        "reason",
                        "Joint venture announced",
                        "expiresOn",
                        LocalDate.now().plusDays(90).toString()))
                .put(edit)
                .then()
                .statusCode(200);
    }

    /** An empty list is refused; so is a round whose model was replaced since it proposed. */
    private void refusedAsEmptyThenAsProposedUnderAnotherModel(String stale) {
        List<String> named =
                as(ADMIN).get(ROUNDS + "/" + stale).then().extract().path("entries.accountId");
        for (String account : named) {
            as(ADMIN)
                    .body("{\"tier\": null, \"reason\": \"Not this quarter\"}")
                    .put(ROUNDS + "/" + stale + "/edits/" + account)
                    .then()
                    .statusCode(200)
                    .body(of("entries", UUID.fromString(account)) + ".tier", nullValue());
        }
        as(ADMIN)
                .body(Map.of())
                .post(ROUNDS + "/" + stale + "/approve")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("proposal"));
        // Silver from 60 now; Beta 0 and Gamma 25 earn nothing, though Gamma's override holds it Silver.
        published(keyFitModel(60));
        as(ADMIN)
                .body(Map.of())
                .post(ROUNDS + "/" + stale + "/approve")
                .then()
                .statusCode(409)
                .body("detail", containsString("was proposed under scoring model"));
    }

    /** Under the AUTOMATIC policy a score far below its tier's bound moves the list by itself. */
    private void followsTheScoresOnceAutomatic(UUID delta) {
        try {
            policy("AUTOMATIC", 2);
            rate(delta, 3);
            as(ADMIN)
                    .get(LIST)
                    .then()
                    .body("reason", equalTo("AUTOMATIC"))
                    .body(of("entries", delta), nullValue())
                    .body(of("changes", delta) + ".kind", equalTo("LEAVING"));
        } finally {
            policy("MANUAL", 5);
        }
    }

    private static String propose() {
        return as(EXECUTIVE)
                .body(Map.of("title", "Q1"))
                .post(ROUNDS)
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("cap", equalTo(3))
                .body("alignment.leaders", notNullValue())
                .extract()
                .path("id");
    }

    /** Finance hears of the agreed tier once, in v2 with the account's name and the version, and in v1 beside it. */
    private void assertTold(UUID account, String from, String to, int version) throws IOException {
        String inVersion = "\"listVersion\":" + version + ",";
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> events = kafka.read(
                    "kam.scoring",
                    r -> account.toString().equals(r.key())
                            && header(r, "ce_type").startsWith("kam.scoring.tier-changed"),
                    found -> found.stream().anyMatch(r -> r.value().contains(inVersion)),
                    PATIENCE);
            JsonNode told = json.readTree(events.stream()
                    .filter(e -> e.value().contains(inVersion))
                    .map(ConsumerRecord::value)
                    .reduce((one, another) -> {
                        throw new AssertionError("told twice of version " + version + ": " + one + ", " + another);
                    })
                    .orElseThrow());
            assertThat(told.path("reason").asText()).isEqualTo("LIST_AGREED");
            assertThat(told.path("previousTier").textValue()).isEqualTo(from);
            assertThat(told.path("tier").textValue()).isEqualTo(to);
            assertThat(told.path("accountName").asText()).isNotBlank();
            assertThat(events)
                    .filteredOn(e -> "kam.scoring.tier-changed.v1".equals(header(e, "ce_type")))
                    .extracting(ConsumerRecord::value)
                    .anySatisfy(v -> assertThat(v).contains("\"reason\":\"SCORE\""));
        }
    }
}
