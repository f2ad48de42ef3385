package kam.planning.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
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

/** Every create and import of planning-service's document is safe to retry with an Idempotency-Key. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IdempotentCreatesTest {
    private static final String ADMIN = TestTokens.bearer("ada.admin", "kam-admin");
    private static final String JSON = "application/json";
    private static final String PLANS = "/api/v1/plans";

    private final DataSource database;
    private final NewerProducers producers;

    IdempotentCreatesTest(DataSource database, NewerProducers producers) {
        this.database = database;
        this.producers = producers;
    }

    @Test
    void everyCreateAndImportReplaysItsFirstAnswerAndWritesOnce() {
        try (NewerProducer accounts = producers.open()) {
            Supplier<UUID> account = () -> accounts.registeredAccount("planning.accounts", "Planned", "pat");
            Map<String, Supplier<Call>> calls = Map.of(
                    "createPlan",
                            () -> {
                                String plan = plan(account.get(), "Retry plan");
                                return new Call(PLANS, JSON, plan, plan.replace("Retry plan", "Other plan"), ADMIN);
                            },
                    "addPlanAction",
                            () -> {
                                String plan = given().header("Authorization", ADMIN)
                                        .contentType(JSON)
                                        .body(plan(account.get(), "Action plan"))
                                        .post(PLANS)
                                        .then()
                                        .statusCode(201)
                                        .extract()
                                        .path("id");
                                String action =
                                        "{\"title\": \"Call the buyer\", \"owner\": \"pat\", \"dueDate\": \"2027-05-01\"}";
                                return new Call(
                                        PLANS + "/" + plan + "/actions",
                                        JSON,
                                        action,
                                        action.replace("Call the buyer", "Visit the buyer"),
                                        ADMIN);
                            },
                    "importPlans",
                            () -> {
                                String rows = plan(account.get(), "Imported plan") + "\n";
                                return new Call(
                                        PLANS + "/bulk",
                                        "application/x-ndjson",
                                        rows,
                                        rows.replace("Imported plan", "Other import"),
                                        ADMIN);
                            });
            IdempotentCreates.assertEveryCreateReplays(Path.of("openapi", "planning-service.json"), database, calls);
        }
    }

    private static String plan(UUID account, String title) {
        return "{\"accountId\": \"%s\", \"title\": \"%s\", \"periodStart\": \"2027-01-01\"}".formatted(account, title);
    }
}
