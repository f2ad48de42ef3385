package kam.system;

import static kam.system.SharedPlatform.admin;
import static kam.system.SharedPlatform.api;
import static kam.system.SharedPlatform.platform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One backend down is one backend down: both replicas of review-service stopped with SIGSTOP (they keep their sockets,
 * so connections open and nothing answers, the worst case for a proxy) take only review's routes down. The gateway stays ready, the
 * other services' routes answer, review's routes answer 503 at once once its circuit is open, and everything is back
 * after SIGCONT.
 */
@ExtendWith(SharedPlatform.class)
class IsolationSystemTest {
    private static final String REVIEW_ROUTE = "/api/v1/cadence-policy";
    private static final String ACCOUNT_ROUTE = "/api/v1/accounts?limit=1";

    @Test
    void aPausedServiceTakesOnlyItsOwnRoutesDownAndTheyComeBackWhenItIsResumed() {
        Api gateway = new Api(platform().management("gateway"));
        assertThat(api().get(REVIEW_ROUTE, admin()).status()).isEqualTo(200);
        platform().pause("review-service");
        try {
            // Users keep calling: each round of six waits out the gateway's timeout until the failures open the
            // circuit; from then on review's routes get the circuit's 503 instead of waiting.
            await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO).until(() -> inParallel(6).stream()
                    .anyMatch(IsolationSystemTest::refusedByTheCircuit));
            Api.Answer refused = api().get(REVIEW_ROUTE, admin());
            assertThat(refusedByTheCircuit(refused))
                    .as(refused.body().toString())
                    .isTrue();
            assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();

            assertThat(gateway.get("/q/health/ready", null).status()).isEqualTo(200);
            assertThat(api().get(ACCOUNT_ROUTE, admin()).status()).isEqualTo(200);
            assertThat(api().get("/api/v1/portfolio?limit=1", admin()).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                Api.Answer backends = gateway.get("/q/health/group/backends", null);
                assertThat(backends.status()).isEqualTo(503);
                assertThat(backends.body().at("/checks/0/data/review").asText()).startsWith("DOWN");
                assertThat(backends.body().at("/checks/0/data/account").asText())
                        .startsWith("UP");
            });
            assertThat(metrics(gateway)).contains("kam_gateway_backend_up{backend=\"review\"} 0.0");
        } finally {
            platform().resume("review-service");
        }
        // The circuit lets one request probe the backend after its open time, and closes when it answers.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> api().get(REVIEW_ROUTE, admin()).status() == 200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> gateway.get("/q/health/group/backends", null).status() == 200);
        assertThat(metrics(gateway)).contains("kam_gateway_backend_up{backend=\"review\"} 1.0");
        assertThat(gateway.get("/q/health/ready", null).status()).isEqualTo(200);
    }

    private static List<Api.Answer> inParallel(int requests) {
        List<CompletableFuture<Api.Answer>> calls = IntStream.range(0, requests)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> api().get(REVIEW_ROUTE, admin())))
                .toList();
        // Meanwhile another service's route answers as usual.
        assertThat(api().get(ACCOUNT_ROUTE, admin()).status()).isEqualTo(200);
        return calls.stream().map(CompletableFuture::join).toList();
    }

    private static boolean refusedByTheCircuit(Api.Answer answer) {
        return answer.status() == 503
                && answer.header("Retry-After") != null
                && answer.body().path("detail").asText().contains("failed repeatedly");
    }

    private static String metrics(Api gateway) {
        return gateway.get("/q/metrics", null).raw().body();
    }
}
