package kam.account.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.OpenApiSnapshot;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OpenApiSnapshotTest {

    @Test
    void theGeneratedSpecMatchesTheCommittedSnapshot() {
        String generated = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        OpenApiSnapshot.assertMatches(generated, Path.of("openapi", "account-service.json"));
    }
}
