package kam.scoring.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import kam.platform.testing.IdempotentCreates;
import kam.platform.testing.IdempotentCreates.Call;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.NewerProducer;
import kam.platform.testing.NewerProducers;
import kam.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Every create and import of scoring-service's document is safe to retry with an Idempotency-Key. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IdempotentCreatesTest {
    private static final String ADMIN = TestTokens.bearer("ada.admin", "kam-admin");
    private static final String MODELS = "/api/v1/scoring-models";

    private final DataSource database;
    private final NewerProducers producers;

    IdempotentCreatesTest(DataSource database, NewerProducers producers) {
        this.database = database;
        this.producers = producers;
    }

    @Test
    void everyCreateAndImportReplaysItsFirstAnswerAndWritesOnce() {
        // Ratings are of a published model's rated criterion; this test publishes one of its own.
        String model = given().header("Authorization", ADMIN)
                .contentType("application/json")
                .body(model("Retry " + UUID.randomUUID()))
                .post(MODELS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("Authorization", ADMIN)
                .header("If-Match", "\"0\"")
                .contentType("application/json")
                .post(MODELS + "/" + model + "/publish")
                .then()
                .statusCode(200);
        try (NewerProducer accounts = producers.open()) {
            Supplier<UUID> account = () -> {
                UUID id = accounts.registeredAccount("scoring.accounts", "Rated", "amelia");
                // A new account moves the portfolio's concentration, published a moment later: let it settle first,
                // so that what the request writes is all that is counted.
                await().atMost(Duration.ofSeconds(30)).until(() -> Long.valueOf(String.valueOf(
                                accounts.queryValue("select published ->> 'accounts' from concentration_measure")))
                        .equals(accounts.queryValue("select count(*) from account_fact where status <> 'ARCHIVED'")));
                return id;
            };
            Map<String, Supplier<Call>> calls = Map.of(
                    "draftScoringModel",
                            () -> {
                                String name = "Retry " + UUID.randomUUID();
                                return new Call(
                                        MODELS, "application/json", model(name), model(name + " (other)"), ADMIN);
                            },
                    "rateAccount",
                            () -> {
                                String rating = "{\"criterionKey\": \"strategicFit\", \"value\": 4}";
                                return new Call(
                                        "/api/v1/scores/" + account.get() + "/ratings",
                                        "application/json",
                                        rating,
                                        rating.replace("4}", "3}"),
                                        ADMIN);
                            },
                    "proposeKeyAccountList",
                            () -> {
                                SelectionCalls.discardTheOpenRound();
                                return new Call(
                                        "/api/v1/selection-rounds",
                                        "application/json",
                                        "{\"title\": \"Retry\"}",
                                        "{\"title\": \"Retry (other)\"}",
                                        ADMIN);
                            },
                    "importRatings",
                            () -> {
                                String csv = "accountId,criterionKey,value,comment\r\n" + account.get()
                                        + ",strategicFit,4,\r\n";
                                return new Call(
                                        "/api/v1/scores/bulk/ratings",
                                        "text/csv",
                                        csv,
                                        csv.replace(",4,", ",2,"),
                                        ADMIN);
                            });
            IdempotentCreates.assertEveryCreateReplays(Path.of("openapi", "scoring-service.json"), database, calls);
        }
    }

    /**
     * A model of one rated criterion whose only tier no score reaches: published, it tiers no account, so that the
     * tests that compare their own drafts with what is published see every account untiered, as on a new portfolio.
     */
    private static String model(String name) {
        return """
                {"name": "%s", "criteria": [
                  {"key": "strategicFit", "name": "Strategic fit", "weight": 1, "source": "RATED",
                   "axis": "ATTRACTIVENESS", "scale": {"min": 1, "max": 5}}],
                 "tierScheme": {"name": "Out of reach", "tiers": [{"name": "Unreached", "lowerBound": 100}]}}""".formatted(name);
    }
}
