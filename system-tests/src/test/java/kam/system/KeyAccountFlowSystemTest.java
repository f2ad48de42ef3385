package kam.system;

import static kam.system.SharedPlatform.admin;
import static kam.system.SharedPlatform.api;
import static kam.system.SharedPlatform.platform;
import static kam.system.Steps.MANAGER;
import static kam.system.Steps.approvedPlanOf;
import static kam.system.Steps.awaitEvent;
import static kam.system.Steps.draftPlanOf;
import static kam.system.Steps.header;
import static kam.system.Steps.importRevenue;
import static kam.system.Steps.keyAccount;
import static kam.system.Steps.modelTieringTheLargest;
import static kam.system.Steps.onceCaughtUp;
import static kam.system.Steps.register;
import static kam.system.Steps.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The key-account flow from registration to the quarter's results, through the gateway only, with a plain Kafka
 * consumer playing finance. Each step is a test of its own that sets up what it needs through the API.
 */
@ExtendWith(SharedPlatform.class)
class KeyAccountFlowSystemTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void thePublishedModelTiersALargeAccountKeyAndFinanceHearsOfIt() {
        modelTieringTheLargest();
        String am = platform().bearer(MANAGER, "account-manager");
        String bigCo = register("Big Co", am);
        String smallCo = register("Small Co", am);

        importRevenue(Map.of(bigCo, 3_000_000, smallCo, 30_000));

        ConsumerRecord<String, String> tierChange = awaitEvent(
                "kam.scoring",
                r -> bigCo.equals(r.key()) && "kam.scoring.tier-changed.v1".equals(header(r, "ce_type")));
        assertThat(tierChange.value()).contains("\"tier\":\"Key\"").contains(bigCo);
        assertThat(header(tierChange, "ce_source")).isEqualTo("/kam/scoring-service");
        assertThat(header(tierChange, "ce_subject")).isEqualTo(bigCo);
        assertThat(header(tierChange, "ce_id")).isNotBlank();
        JsonNode score = api().get("/api/v1/scores/" + bigCo, am).body();
        assertThat(score.get("tier").asText()).isEqualTo("Key");
        assertThat(score.at("/explanation/overall/contributions")).isNotEmpty();
        await().atMost(PATIENCE)
                .until(() -> api().get("/api/v1/scores/" + smallCo, am).status() == 200);
        assertThat(api().get("/api/v1/scores/" + smallCo, am)
                        .body()
                        .path("tier")
                        .isNull())
                .isTrue();
    }

    @Test
    void aKeyAccountGetsADraftPlanThatTheCoreTeamCommitsToAndTheMentorApproves() {
        String account = keyAccount("Plan Co");
        String plan = draftPlanOf(account);
        String mentor = platform().bearer("mia", "mentor");

        // Before the whole core team has committed, the mentor cannot approve.
        submitted(plan, platform().bearer(MANAGER, "account-manager"));
        assertThat(onceCaughtUp(() -> api().send("POST", "/api/v1/plans/" + plan + "/approve", mentor, null, null, "*"))
                        .status())
                .isEqualTo(409);
        assertThat(api().send(
                                "POST",
                                "/api/v1/plans/" + plan + "/send-back",
                                mentor,
                                Map.of("comment", "More detail"),
                                "application/json",
                                "*")
                        .status())
                .isEqualTo(200);

        assertThat(approvedPlanOf(account)).isEqualTo(plan);
        assertThat(api().get("/api/v1/plans/" + plan, admin())
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("APPROVED");
    }

    @Test
    void anApprovedPlanGetsAYearOfQuarterlyReviewsAndAMentorReview() {
        String account = keyAccount("Cadence Co");
        approvedPlanOf(account);
        String am = platform().bearer(MANAGER, "account-manager");

        JsonNode reviews = scheduledAccountReviews(account);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(LocalDate.parse(reviews.get(0).get("date").asText())).isAfterOrEqualTo(today);
        assertThat(LocalDate.parse(reviews.get(3).get("date").asText())).isBeforeOrEqualTo(today.plusMonths(12));
        await().atMost(PATIENCE)
                .until(() -> api().get("/api/v1/reviews?accountId=" + account + "&kind=MENTOR", am)
                                .body()
                                .get("items")
                                .size()
                        == 1);
    }

    /**
     * On the meeting's day (review-service restarted that far ahead) the review is held with an action item; it
     * becomes a plan action, 40 days on planning reports it overdue, and the quarter's results show it all. Both
     * services go back to the present afterwards.
     */
    @Test
    void aReviewHeldOnItsDayRaisesAnActionThatGoesOverdueAndTheQuarterShowsIt() {
        String account = keyAccount("Review Co");
        String plan = approvedPlanOf(account);
        String am = platform().bearer(MANAGER, "account-manager");
        JsonNode first = scheduledAccountReviews(account).get(0);
        LocalDate meeting = LocalDate.parse(first.get("date").asText());
        long toMeeting = ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), meeting);
        try {
            restartAhead("review-service", toMeeting);
            String review = first.get("id").asText();
            Api.Answer held = api().send(
                            "POST",
                            "/api/v1/reviews/" + review + "/outcome",
                            am,
                            Map.of(
                                    "results", List.of("Renewed the contract"),
                                    "decisions", List.of("Pilot in Spain"),
                                    "actionItems",
                                            List.of(Map.of(
                                                    "title", "Send the revised service levels", "owner", MANAGER))),
                            "application/json",
                            api().get("/api/v1/reviews/" + review, am).etag());
            assertThat(held.status()).isEqualTo(200);
            assertThat(held.body().get("status").asText()).isEqualTo("COMPLETED");

            await().atMost(PATIENCE).until(() -> api().get("/api/v1/plans/" + plan + "/actions", am)
                    .body()
                    .get("items")
                    .findValuesAsText("title")
                    .contains("Send the revised service levels"));
            restartAhead("planning-service", toMeeting + 40);
            ConsumerRecord<String, String> overdue = awaitEvent(
                    "kam.planning",
                    r -> account.equals(r.key()) && "kam.planning.action-overdue.v1".equals(header(r, "ce_type")));
            assertThat(overdue.value()).contains("Send the revised service levels");

            JsonNode line = quarterLineOf(account, meeting);
            assertThat(line.get("reviewsHeld").asInt()).isEqualTo(1);
            assertThat(line.get("actionItemsRaised").asInt()).isEqualTo(1);
            assertThat(line.get("tierAtEnd").asText()).isEqualTo("Key");
        } finally {
            restartAhead("review-service", 0);
            restartAhead("planning-service", 0);
        }
    }

    private static JsonNode scheduledAccountReviews(String account) {
        String am = platform().bearer(MANAGER, "account-manager");
        return await().atMost(PATIENCE)
                .until(
                        () -> api().get("/api/v1/reviews?accountId=" + account + "&status=SCHEDULED&kind=ACCOUNT", am)
                                .body()
                                .get("items"),
                        items -> items != null && items.size() == 4);
    }

    /** Restarts the service with its clock {@code days} ahead (0: the present). */
    private static void restartAhead(String service, long days) {
        platform().stop(service);
        platform().start(service, days == 0 ? Map.of() : Map.of("KAM_CLOCK_OFFSET", "P" + days + "D"));
    }

    private static JsonNode quarterLineOf(String account, LocalDate day) {
        String quarter = day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
        for (JsonNode line : api().get("/api/v1/reports/quarterly/" + quarter, admin())
                .body()
                .get("accounts")) {
            if (line.get("accountId").asText().equals(account)) {
                return line;
            }
        }
        throw new AssertionError(account + " is not in the results of " + quarter);
    }
}
