package kam.account.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import kam.platform.testing.AccessMatrix;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.OpenApiSnapshot;
import kam.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OpenApiSnapshotTest {
    /** The API document is served on the management port, beside health and metrics. */
    @TestHTTPResource(value = "/openapi", management = true)
    java.net.URL openApiDocument;

    @Test
    void theGeneratedSpecMatchesTheCommittedSnapshot() {
        String generated = given().queryParam("format", "json")
                .get(openApiDocument)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        OpenApiSnapshot.assertMatches(generated, Path.of("openapi", "account-service.json"));
    }

    @Test
    void everyOperationAnswersEachRoleAsItsCommittedDocumentSays() {
        // 401 without a token, 403 exactly for the roles the document does not list, never a 500.
        AccessMatrix.assertEnforced(Path.of("openapi", "account-service.json"));
    }

    @Test
    void serverOwnedFieldsInARequestAreRefusedAndNothingIsStored() {
        given().header("Authorization", TestTokens.bearer("ada", "kam-admin"))
                .contentType("application/json")
                .body("{\"id\": \"7d1e6a52-3f7c-4d8e-9a51-2f4b7c1d9e10\", \"version\": 9, \"name\": \"Mallory Ltd\","
                        + " \"currency\": \"EUR\"}")
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("id"));
        given().header("Authorization", TestTokens.bearer("ada", "kam-admin"))
                .queryParam("q", "Mallory")
                .get("/api/v1/accounts")
                .then()
                .body("items.size()", equalTo(0));
    }
}
