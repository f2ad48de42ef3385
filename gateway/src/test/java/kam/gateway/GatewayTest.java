package kam.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import kam.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The gateway in front of stub backends: tokens, routing, headers, failures, limits, CORS and the merged document. */
@QuarkusTest
@WithTestResource(StubBackends.class)
class GatewayTest {

    @Test
    void aMissingOrBadTokenIsRefusedAndNeverReachesTheBackend() {
        int before = StubBackends.ACCOUNT_HITS.get();
        given().get("/api/v1/accounts")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("requestId", notNullValue());
        String token = TestTokens.token("eve", "kam-admin");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().header("Authorization", "Bearer " + tampered)
                .get("/api/v1/accounts")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer not.a.token")
                .get("/api/v1/accounts")
                .then()
                .statusCode(401);
        assertThat(StubBackends.ACCOUNT_HITS.get()).isEqualTo(before);
    }

    @Test
    void aValidRequestReachesItsBackendWithIdsTraceAndTokenAndTheLocationPointsAtTheGateway() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        ExtractableResponse<Response> response = given().header("Authorization", TestTokens.bearer("ann", "kam-admin"))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Acme\"}")
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:" + RestAssured.port + "/api/v1/accounts/42"))
                .header("X-Request-Id", notNullValue())
                .body("body", containsString("Acme"))
                .body("headers.authorization", startsWith("Bearer "))
                .body("headers.traceparent", startsWith("00-" + traceId + "-"))
                .body("headers.traceparent", not(containsString("00f067aa0ba902b7")))
                .extract();
        assertThat(response.<String>path("headers.x-request-id")).isEqualTo(response.header("X-Request-Id"));

        given().header("Authorization", TestTokens.bearer("ann2", "viewer"))
                .header("X-Request-Id", "client-chosen-7")
                .get("/api/v1/accounts")
                .then()
                .header("X-Request-Id", "client-chosen-7")
                .body("headers.x-request-id", equalTo("client-chosen-7"));
    }

    @Test
    void aPathNoServiceOwnsIs404AndABackendDownOrSlowIsAFastProblem() {
        String token = TestTokens.bearer("bob", "kam-admin");
        given().header("Authorization", token)
                .get("/api/v1/unknown")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", token)
                .get("/api/v1/plans")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("title", equalTo("Service Unavailable"));
        given().header("Authorization", token)
                .get("/api/v1/accounts/slow")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("detail", containsString("did not answer within 1 s"));
    }

    @Test
    void aClientOverItsRateIsToldToComeBackLater() {
        String token = TestTokens.bearer("greedy", "viewer");
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", token)
                    .get("/api/v1/accounts")
                    .then()
                    .statusCode(201);
        }
        given().header("Authorization", token)
                .get("/api/v1/accounts")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("detail", containsString("greedy"));
        // Another client is not held up by the first.
        given().header("Authorization", TestTokens.bearer("calm", "viewer"))
                .get("/api/v1/accounts")
                .then()
                .statusCode(201);
    }

    @Test
    void theFrontendsOriginMayCallAndOthersMayNot() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/accounts")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Expose-Headers", containsString("Location"));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/accounts")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theMergedDocumentHasEveryReachableServiceAndOneSecurityScheme() {
        given().get("/openapi.json")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/accounts"))
                .body("paths", hasKey("/api/v1/scores"))
                .body("paths", hasKey("/api/v1/reviews"))
                .body("components.schemas", hasKey("scoring.Thing"))
                .body("components.securitySchemes.size()", equalTo(1))
                .body("x-kam-missing", hasItem("planning"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/swagger-ui/").then().body(containsString("/openapi.json"));
    }

    @Test
    void thePublicPortServesTheApiAndTheDocumentsButNoManagementEndpoint() {
        for (String management : new String[] {"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi"}) {
            given().get(management).then().statusCode(404);
        }
    }
}
