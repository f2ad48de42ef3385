package kam.system;

import static kam.system.SharedPlatform.admin;
import static kam.system.SharedPlatform.api;
import static kam.system.SharedPlatform.platform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Long work through a gateway whose timeout is far shorter than the work (KAM_GATEWAY_TIMEOUT, as a busy proxy would
 * have it): the request that starts a job answers 202 at once, and the job is followed through the gateway to its
 * end, as a frontend would follow it.
 */
@ExtendWith(SharedPlatform.class)
class JobsSystemTest {
    private static final Map<String, String> ASYNC = Map.of("Prefer", "respond-async");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @BeforeAll
    static void aGatewayWithAShortTimeout() {
        platform().stop("gateway");
        platform().start("gateway", Map.of("KAM_GATEWAY_TIMEOUT", "300ms"));
    }

    @AfterAll
    static void theGatewayAsTheOtherTestsHaveIt() {
        platform().stop("gateway");
        platform().start("gateway", Map.of());
    }

    @Test
    void aPublicationAnswers202AndItsJobIsFollowedThroughTheGatewayToTheNewScores() {
        String account = Steps.register("Jobs Key " + UUID.randomUUID(), admin());
        Steps.importRevenue(Map.of(account, 3_000_000));
        Api.Answer draft = api().post("/api/v1/scoring-models", admin(), Steps.systemTestModel());
        assertThat(draft.status()).isEqualTo(201);
        String model = draft.body().get("id").asText();

        Api.Answer accepted = api().send(
                        "POST",
                        "/api/v1/scoring-models/" + model + "/publish",
                        admin(),
                        null,
                        null,
                        draft.etag(),
                        ASYNC);
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location)
                .contains("/api/v1/scoring-jobs/" + accepted.body().get("id").asText());

        List<Long> progress = new ArrayList<>();
        JsonNode job = followToTheEnd(location, progress);
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("done").asLong()).isPositive();
        assertThat(progress).isSorted();
        assertThat(job.at("/result/status").asText()).isEqualTo("PUBLISHED");

        await().atMost(PATIENCE).untilAsserted(() -> {
            Api.Answer score = api().get("/api/v1/scores/" + account, admin());
            assertThat(score.status()).isEqualTo(200);
            assertThat(score.body().get("modelId").asText()).isEqualTo(model);
            // What the new model proposes; the agreed list follows it only as its policy says.
            assertThat(score.body().get("proposedTier").asText()).isEqualTo("Key");
        });
    }

    @Test
    void anImportWithABadRowAnswers202AndItsJobEndsFailedNamingTheRow() {
        String csv = "accountId,period,revenue,margin,categorySpend,currency\n" + UUID.randomUUID()
                + ",2026-Q1,1000,100,2000,EUR\n";
        Api.Answer accepted =
                api().send("POST", "/api/v1/accounts/revenue-imports", admin(), csv, "text/csv", null, ASYNC);
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).contains("/api/v1/account-jobs/");

        JsonNode job = followToTheEnd(location, new ArrayList<>());
        assertThat(job.get("status").asText()).isEqualTo("FAILED");
        assertThat(job.at("/problem/status").asInt()).isEqualTo(400);
        assertThat(job.at("/problem/violations/0/field").asText()).isEqualTo("rows[2].accountId");
        assertThat(job.at("/problem/violations/0/message").asText()).isEqualTo("no such account");
        assertThat(api().get(
                                location.substring(platform().gateway().length()),
                                platform().bearer("vera", "viewer"))
                        .status())
                .isEqualTo(403);
    }

    /** Reads the job until it ended, noting how far it had got each time. */
    private static JsonNode followToTheEnd(String location, List<Long> progress) {
        String path = location.substring(platform().gateway().length());
        return await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> {
                            Api.Answer job = api().get(path, admin());
                            assertThat(job.status()).isEqualTo(200);
                            progress.add(job.body().get("done").asLong());
                            return job.body();
                        },
                        job -> job.get("status").asText().matches("SUCCEEDED|FAILED"));
    }
}
