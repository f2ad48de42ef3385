package kam.account.api;

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
import kam.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Every create and import of account-service's document is safe to retry with an Idempotency-Key. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IdempotentCreatesTest {
    private static final String ADMIN = TestTokens.bearer("ada.admin", "kam-admin");
    private static final String JSON = "application/json";
    private static final String ACCOUNTS = "/api/v1/accounts";

    private final DataSource database;

    IdempotentCreatesTest(DataSource database) {
        this.database = database;
    }

    @Test
    void everyCreateAndImportReplaysItsFirstAnswerAndWritesOnce() {
        Map<String, Supplier<Call>> calls = Map.of(
                "registerAccount",
                        () -> {
                            String name = "Retry " + UUID.randomUUID();
                            return json(ACCOUNTS, account(name), account(name + " (other)"));
                        },
                "addTeamMember",
                        () -> {
                            String member = "{\"userId\": \"u-" + UUID.randomUUID() + "\", \"role\": \"TECHNICAL\"}";
                            return json(
                                    ACCOUNTS + "/" + newAccount() + "/team",
                                    member,
                                    member.replace("TECHNICAL", "SERVICE"));
                        },
                "addStakeholder",
                        () -> json(
                                ACCOUNTS + "/" + newAccount() + "/stakeholders",
                                stakeholder("CEO"),
                                stakeholder("COO")),
                "addRelationship", this::relationship,
                "importAccounts",
                        () -> {
                            String name = "Imported " + UUID.randomUUID();
                            return new Call(
                                    ACCOUNTS + "/bulk",
                                    "application/x-ndjson",
                                    "{\"name\": \"" + name + "\", \"currency\": \"EUR\"}\n",
                                    "{\"name\": \"" + name + " (other)\", \"currency\": \"EUR\"}\n",
                                    ADMIN);
                        },
                "upsertAccountByRef",
                        () -> {
                            String name = "Upserted " + UUID.randomUUID();
                            String byRef = "/api/v1/account-refs/erp/" + UUID.randomUUID();
                            return new Call(
                                    byRef, JSON, account(name), account(name + " (other)"), ADMIN, byRef, "PUT");
                        },
                "importRevenue",
                        () -> {
                            String csv = "accountId,period,revenue,margin,categorySpend,currency\n" + newAccount()
                                    + ",2026-Q2,1000,,,EUR\n";
                            return new Call(
                                    ACCOUNTS + "/revenue-imports", "text/csv", csv, csv.replace("1000", "2000"), ADMIN);
                        });
        IdempotentCreates.assertEveryCreateReplays(Path.of("openapi", "account-service.json"), database, calls);
    }

    private Call relationship() {
        String account = newAccount();
        String base = ACCOUNTS + "/" + account;
        String member = created(base + "/team", "{\"userId\": \"u-" + UUID.randomUUID() + "\", \"role\": \"SERVICE\"}");
        String person = created(base + "/stakeholders", stakeholder("CFO"));
        String body =
                "{\"teamMemberId\": \"%s\", \"stakeholderId\": \"%s\", \"strength\": 4}".formatted(member, person);
        return new Call(base + "/relationships", JSON, body, body.replace("4}", "3}"), ADMIN);
    }

    private static Call json(String path, String body, String otherBody) {
        return new Call(path, JSON, body, otherBody, ADMIN);
    }

    private static String newAccount() {
        return created(ACCOUNTS, account("Holder " + UUID.randomUUID()));
    }

    private static String created(String path, String body) {
        return given().header("Authorization", ADMIN)
                .contentType(JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String account(String name) {
        return "{\"name\": \"" + name + "\", \"currency\": \"EUR\", \"ownerId\": \"amelia\"}";
    }

    private static String stakeholder(String name) {
        return "{\"name\": \"" + name + "\", \"attitude\": \"NEUTRAL\", \"influence\": 3,"
                + " \"buyingRoles\": [\"USER\"]}";
    }
}
