package kam.scoring.api;

import static kam.scoring.api.ScoringCalls.ADMIN;
import static kam.scoring.api.ScoringCalls.PATIENCE;
import static kam.scoring.api.ScoringCalls.as;
import static kam.scoring.api.ScoringCalls.publish;
import static kam.scoring.api.ScoringCalls.published;
import static kam.scoring.api.SelectionCalls.EXECUTIVE;
import static kam.scoring.api.SelectionCalls.ROUNDS;
import static kam.scoring.api.SelectionCalls.account;
import static kam.scoring.api.SelectionCalls.fitModel;
import static kam.scoring.api.SelectionCalls.of;
import static kam.scoring.api.SelectionCalls.policy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.SampleEvents;
import kam.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Ratings people can trust (seed 000's "56 different answers from 10 senior managers"), through the API and the real
 * broker: only the account's team, its mentor and kam-admins rate it; each rater keeps their own rating; the score
 * takes their median; a wide disagreement is flagged, listed for calibration, and a round is approved over it only
 * with a note.
 */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RatingGovernanceTest {
    private static final String FIT = "governedFit";
    /** The account manager: SampleEvents' accounts are owned by amelia. */
    private static final String MANAGER = TestTokens.bearer("amelia", "account-manager");

    private static final String MENTOR = TestTokens.bearer("mo.mentor", "mentor");
    private static final String OUTSIDER = TestTokens.bearer("olga.other", "account-manager");

    private final String bootstrapServers;
    private final ObjectMapper json;

    RatingGovernanceTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    @Test
    void theTeamRatesEachRaterCountsOnceAndTheMedianScoresWithItsSpread() {
        UUID account = account(bootstrapServers, json, "Northwind Retail Group");
        joinAsMentor(account);
        published(fitModel(FIT, 70));

        rate(OUTSIDER, account, 5).statusCode(403).body("detail", containsString("team"));
        rate(MANAGER, account, 2).statusCode(201).body("rater", equalTo("amelia"));
        rate(MANAGER, account, 5).statusCode(201);
        rate(MENTOR, account, 3).statusCode(201);
        rate(ADMIN, account, 4).statusCode(201);

        // Amelia's 5 replaces her 2: the raters are 5, 3 and 4; the median 4 is 75, Silver.
        as(ADMIN)
                .get("/api/v1/scores/" + account)
                .then()
                .statusCode(200)
                .body("score", equalTo(75.0f))
                .body("proposedTier", equalTo("Silver"))
                .body("explanation.ratings", hasSize(1))
                .body("explanation.ratings[0].criterionKey", equalTo(FIT))
                .body("explanation.ratings[0].consensus", equalTo(4.0f))
                .body("explanation.ratings[0].spread", equalTo(2.0f))
                .body("explanation.ratings[0].flagged", equalTo(true))
                .body("explanation.ratings[0].raters", hasSize(3))
                .body("explanation.ratings[0].raters.rater", not(hasItem("olga.other")));
        as(ADMIN)
                .get("/api/v1/scores/" + account + "/ratings")
                .then()
                .body("items.rater", not(hasItem("olga.other")))
                .body("items", hasSize(4));
        as(ADMIN)
                .get("/api/v1/portfolio/calibration")
                .then()
                .statusCode(200)
                .body(of("items", account) + ".criteria[0].spreadLevels", equalTo(2.0f));
    }

    @Test
    void aRatingsFileRefusesEveryRowOfSomeoneNotOnTheTeamAndStoresNothing() {
        UUID account = account(bootstrapServers, json, "Proseware Energy");
        published(fitModel(FIT, 70));
        as(OUTSIDER)
                .contentType("text/csv")
                .body("accountId,criterionKey,value,comment\r\n" + account + "," + FIT + ",5,\r\n")
                .post("/api/v1/scores/bulk/ratings")
                .then()
                .statusCode(400)
                .body("violations.find { it.field == 'rows[2]' }.message", containsString("team"));
        as(ADMIN).get("/api/v1/scores/" + account + "/ratings").then().body("items", hasSize(0));
    }

    @Test
    void aRoundNamingAFlaggedAccountIsApprovedOnlyWithANote() {
        policy("MANUAL", 5);
        SelectionCalls.discardTheOpenRound();
        UUID account = account(bootstrapServers, json, "VanArsdel Homes");
        joinAsMentor(account);
        published(fitModel(FIT + "Round", 70));
        rateOn(MANAGER, account, FIT + "Round", 5).statusCode(201);
        rateOn(MENTOR, account, FIT + "Round", 3).statusCode(201);
        String round = as(EXECUTIVE)
                .body(Map.of("title", "Calibration"))
                .post(ROUNDS)
                .then()
                .statusCode(201)
                .body(of("entries", account), notNullValue())
                .extract()
                .path("id");
        as(EXECUTIVE)
                .body(Map.of())
                .post(ROUNDS + "/" + round + "/approve")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("note"))
                .body("detail", containsString(account.toString()));
        as(EXECUTIVE)
                .body(Map.of("note", "Agreed over the 5 and the 3: the mentor rates the pilot, not the group"))
                .post(ROUNDS + "/" + round + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("eve.exec"))
                .body("note", not(nullValue()));
    }

    private void joinAsMentor(UUID account) {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            publish(kafka, json, SampleEvents.joined(account, "mo.mentor", "MENTOR", "amelia"));
        }
        // The team event is handled once the mentor may rate: a rating of an unknown criterion then answers 409/422.
        await().atMost(PATIENCE).untilAsserted(() -> rateOn(MENTOR, account, "noSuchCriterion", 1)
                .statusCode(not(403)));
    }

    private static ValidatableResponse rate(String caller, UUID account, int value) {
        return rateOn(caller, account, FIT, value);
    }

    private static ValidatableResponse rateOn(String caller, UUID account, String criterion, int value) {
        return as(caller)
                .body(Map.of("criterionKey", criterion, "value", value))
                .post("/api/v1/scores/" + account + "/ratings")
                .then();
    }
}
