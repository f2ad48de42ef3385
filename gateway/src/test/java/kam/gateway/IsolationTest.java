package kam.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import kam.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * One backend down is one backend down: the gateway stays ready, other routes answer, the dead backend's routes get
 * 503 at once once its circuit is open and come back after it does; a request goes to another replica only when it
 * never left or is safe to repeat. The backends' states are on the management port, as a health group and metrics.
 */
@QuarkusTest
@WithTestResource(StubBackends.class)
class IsolationTest {
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/health/group/backends", management = true)
    URL backends;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void aPausedBackendOpensItsCircuitWhileTheGatewayStaysReadyAndItComesBackWhenResumed() {
        String token = TestTokens.bearer("iris", "kam-admin");
        given().header("Authorization", token).get("/api/v1/reviews").then().statusCode(200);
        StubBackends.pauseReview();
        try {
            // Each request waits out the timeout until the failures open the circuit; then 503 comes at once.
            await().atMost(Duration.ofSeconds(30))
                    .pollDelay(Duration.ZERO)
                    .until(() -> given().header("Authorization", token)
                                    .get("/api/v1/reviews")
                                    .statusCode()
                            == 503);
            Response refused = given().header("Authorization", token).get("/api/v1/reviews/7");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.jsonPath().getString("detail")).contains("failed repeatedly");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 2L);

            given().get(ready).then().statusCode(200).body("status", equalTo("UP"));
            given().header("Authorization", TestTokens.bearer("ivan", "viewer"))
                    .get("/api/v1/accounts")
                    .then()
                    .statusCode(201);
            given().get(backends)
                    .then()
                    .statusCode(503)
                    .body("checks[0].data.review", startsWith("DOWN"))
                    .body("checks[0].data.review", containsString("circuit open"))
                    .body("checks[0].data.account", startsWith("UP"));
            assertThat(given().get(metrics).asString())
                    .contains("kam_gateway_backend_up{backend=\"review\"} 0.0")
                    .contains("kam_gateway_backend_up{backend=\"account\"} 1.0")
                    .containsPattern(
                            "kam_gateway_circuit_state\\{backend=\"review\",replica=\"[^\"]+\",state=\"open\"} 1.0")
                    .containsPattern("kam_gateway_circuit_refused_total\\{backend=\"review\"} [1-9]");
        } finally {
            StubBackends.resumeReview();
        }
        // After open-for, one request probes the backend and closes the circuit again.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().header("Authorization", token)
                                .get("/api/v1/reviews")
                                .statusCode()
                        == 200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> given().get(backends).jsonPath().getString("checks[0].data.review"), startsWith("UP"));
        given().get(ready).then().statusCode(200);
    }

    @Test
    void aRequestThatNeverLeftGoesToTheNextReplicaWhateverItsMethod() {
        int before = StubBackends.hits("scoring-2").get();
        // scoring's first replica is a port nobody listens on: nothing of the POST was sent there.
        for (int i = 0; i < 4; i++) {
            given().header("Authorization", TestTokens.bearer("sven" + i, "kam-admin"))
                    .contentType(ContentType.JSON)
                    .body("{\"n\":" + i + "}")
                    .post("/api/v1/scores")
                    .then()
                    .statusCode(200)
                    .body("replica", equalTo("scoring-2"))
                    .body("body", equalTo("{'n':" + i + "}"));
        }
        assertThat(StubBackends.hits("scoring-2").get() - before).isEqualTo(4);
        given().get("/openapi.json")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/scores"));
    }

    @Test
    void aRequestSafeToRepeatIsRetriedOnTheOtherReplicaAndNoOtherEver() {
        String token = TestTokens.bearer("tess", "kam-admin");
        // Round robin: of two requests in a row, one starts at the silent replica.
        for (int i = 0; i < 2; i++) {
            int silent = StubBackends.hits("twin-1").get();
            given().header("Authorization", token)
                    .header("Idempotency-Key", "twin-" + i)
                    .contentType(ContentType.JSON)
                    .body("{\"i\":" + i + "}")
                    .post("/api/v1/twins")
                    .then()
                    .statusCode(200)
                    .body("replica", equalTo("twin-2"))
                    .body("body", equalTo("{'i':" + i + "}"));
            if (StubBackends.hits("twin-1").get() > silent) {
                break;
            }
        }
        assertThat(StubBackends.hits("twin-1").get())
                .as("the silent replica was tried")
                .isPositive();

        // A POST without an Idempotency-Key that reached the silent replica is never sent again.
        String other = TestTokens.bearer("tom", "kam-admin");
        Response timedOut = null;
        for (int i = 0; i < 2 && timedOut == null; i++) {
            int answering = StubBackends.hits("triplet-2").get();
            Response response = given().header("Authorization", other)
                    .contentType(ContentType.JSON)
                    .body("{}")
                    .post("/api/v1/triplets");
            if (response.statusCode() != 200) {
                timedOut = response;
                assertThat(StubBackends.hits("triplet-2").get()).isEqualTo(answering);
            }
        }
        assertThat(timedOut)
                .as("one of two POSTs started at the silent replica")
                .isNotNull();
        assertThat(timedOut.statusCode()).isEqualTo(504);
        assertThat(timedOut.jsonPath().getString("title")).isEqualTo("Gateway Timeout");
    }
}
