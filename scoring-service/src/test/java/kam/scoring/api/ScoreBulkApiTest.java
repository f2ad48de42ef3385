package kam.scoring.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Scores out as CSV and NDJSON; ratings in, all or nothing. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ScoreBulkApiTest {
    private static final String BULK = "/api/v1/scores/bulk";
    private static final String ADMIN = TestTokens.bearer("ada.admin", "kam-admin");

    @Test
    void scoresComeOutWithAHeaderLineInCsv() {
        given().header("Authorization", ADMIN)
                .accept("text/csv")
                .get(BULK)
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .body(
                        startsWith(
                                "accountId,modelId,score,attractiveness,strength,completeness,tier,quadrant,computedAt,proposedTier"));
        given().header("Authorization", ADMIN)
                .accept("application/x-ndjson")
                .get(BULK)
                .then()
                .statusCode(200)
                .contentType(containsString("application/x-ndjson"));
        given().header("Authorization", TestTokens.bearer("val.viewer", "viewer"))
                .get(BULK)
                .then()
                .statusCode(403);
    }

    @Test
    void aRatingsFileWithAnyBadRowIsRefusedWithEachRowNamed() {
        String csv = "accountId,criterionKey,value,comment\r\n"
                + UUID.randomUUID() + ",strategicFit,7,\r\n"
                + "not-a-uuid,strategicFit,7,\r\n"
                + UUID.randomUUID() + ",,seven,\r\n";
        given().header("Authorization", ADMIN)
                .contentType("text/csv")
                .body(csv)
                .post(BULK + "/ratings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was imported"))
                .body("violations.field", hasItems("rows[3].accountId", "rows[4].value"));
        given().header("Authorization", ADMIN)
                .contentType("text/csv")
                .body("accountId,criterion,value\r\n")
                .post(BULK + "/ratings")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("header"));
    }
}
