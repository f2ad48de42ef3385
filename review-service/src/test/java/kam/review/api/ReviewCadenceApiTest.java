package kam.review.api;

import static kam.platform.testing.KafkaTestClient.header;
import static kam.review.api.ReviewCalls.ADMIN;
import static kam.review.api.ReviewCalls.PATIENCE;
import static kam.review.api.ReviewCalls.REVIEWS;
import static kam.review.api.ReviewCalls.VIEWER;
import static kam.review.api.ReviewCalls.accountIn;
import static kam.review.api.ReviewCalls.as;
import static kam.review.api.ReviewCalls.awaitScheduled;
import static kam.review.api.ReviewCalls.cancel;
import static kam.review.api.ReviewCalls.etag;
import static kam.review.api.ReviewCalls.eventsByType;
import static kam.review.api.ReviewCalls.firstOf;
import static kam.review.api.ReviewCalls.keyAccount;
import static kam.review.api.ReviewCalls.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.events.account.CoverageChanged;
import kam.platform.events.planning.PlanApproved;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.TestTokens;
import kam.review.api.ReviewCalls.KeyAccount;
import kam.review.cadence.CadenceDates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The review cadence of key accounts: a year of reviews booked with the right people, cancelled when an account leaves
 * the cadence, replies, moves, refused outcomes, the agenda and the mentor review. Each test has an account and a
 * policy of its own.
 */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReviewCadenceApiTest {
    private final String bootstrapServers;
    private final ObjectMapper json;

    ReviewCadenceApiTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    @Test
    void enteringTheCadenceBooksFourReviewsOnWorkingDaysWithTheRequiredPeople() {
        KeyAccount acme = keyAccount(bootstrapServers, json, "Acme", true);
        KeyAccount beta = accountIn(acme.tier(), bootstrapServers, json, "Beta", false);

        List<Map<String, Object>> reviews = awaitScheduled(acme.id(), 4);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (Map<String, Object> review : reviews) {
            LocalDate day = LocalDate.parse((String) review.get("date"));
            assertThat(CadenceDates.isWorkingDay(day)).isTrue();
            assertThat(day).isAfter(today).isBeforeOrEqualTo(today.plusMonths(12));
            assertThat(review.get("kind")).isEqualTo("ACCOUNT");
        }
        as(VIEWER)
                .get(REVIEWS + "/" + reviews.get(0).get("id"))
                .then()
                .statusCode(200)
                .body("attendees.userId", hasItems(acme.manager(), acme.sponsor(), "ar-lead"))
                .body("attendees.userId", not(hasItem(acme.mentor())))
                .body("flagged", equalTo(false));
        // Beta has no executive sponsor: its meetings are flagged.
        as(VIEWER)
                .get(REVIEWS + "/" + awaitScheduled(beta.id(), 4).get(0).get("id"))
                .then()
                .body("flagged", equalTo(true))
                .body("missingRoles", equalTo(List.of("EXECUTIVE_SPONSOR")));
    }

    @Test
    void leavingTheKeyTierCancelsTheFutureReviewsWithTheReasonAndFinanceHearsOfIt() {
        KeyAccount beta = keyAccount(bootstrapServers, json, "Beta", false);
        String first = (String) awaitScheduled(beta.id(), 4).get(0).get("id");

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ReviewCalls.agreed(kafka, json, beta.id(), beta.tier(), null);
            List<ConsumerRecord<String, String>> cancelled = kafka.read(
                    "kam.reviews",
                    r -> beta.id().toString().equals(r.key())
                            && "kam.review.review-cancelled.v1".equals(header(r, "ce_type")),
                    found -> found.size() >= 4,
                    PATIENCE);
            assertThat(cancelled).hasSize(4);
            assertThat(cancelled.get(0).value()).contains("left the review cadence");
        }
        as(VIEWER)
                .get(REVIEWS + "/" + first)
                .then()
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", containsString(beta.tier()));
    }

    @Test
    void peopleReplyForThemselvesAndOnlyTheTeamMovesAMeetingForwardWithAReason() {
        KeyAccount acme = keyAccount(bootstrapServers, json, "Acme", true);
        Map<String, Object> review = awaitScheduled(acme.id(), 4).get(0);
        String first = (String) review.get("id");
        LocalDate firstDay = LocalDate.parse((String) review.get("date"));

        as(acme.sponsorToken())
                .body(Map.of("reply", "ACCEPTED"))
                .put(REVIEWS + "/" + first + "/attendees/" + acme.sponsor() + "/reply")
                .then()
                .statusCode(200);
        as(acme.sponsorToken())
                .body(Map.of("reply", "DECLINED"))
                .put(REVIEWS + "/" + first + "/attendees/" + acme.manager() + "/reply")
                .then()
                .statusCode(403);
        as(ADMIN)
                .body(Map.of("reply", "ACCEPTED"))
                .put(REVIEWS + "/" + first + "/attendees/ghost/reply")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("userId"));

        as(acme.managerToken())
                .header("If-Match", etag(first))
                .body(Map.of("date", LocalDate.now(ZoneOffset.UTC).minusDays(3).toString(), "reason", "oops"))
                .post(REVIEWS + "/" + first + "/reschedule")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("date"));
        as(TestTokens.bearer("someone-else", "account-manager"))
                .header("If-Match", etag(first))
                .body(Map.of("date", firstDay.plusDays(2).toString(), "reason", "mine now"))
                .post(REVIEWS + "/" + first + "/reschedule")
                .then()
                .statusCode(403);
        as(acme.managerToken())
                .header("If-Match", etag(first))
                .body(Map.of("date", firstDay.plusDays(2).toString(), "time", "14:00", "reason", "The sponsor travels"))
                .post(REVIEWS + "/" + first + "/reschedule")
                .then()
                .statusCode(200)
                .body("sequence", equalTo(1))
                .body("changes[0].reason", equalTo("The sponsor travels"))
                .body("date", equalTo(firstDay.plusDays(2).toString()));
        assertThat(eventsByType(bootstrapServers, acme.id(), 2).get("kam.review.review-rescheduled.v1"))
                .hasSize(1);
    }

    @Test
    void anOutcomeForACancelledOrAFutureMeetingIsRefusedAndWritesNothing() {
        KeyAccount acme = keyAccount(bootstrapServers, json, "Acme", true);
        List<Map<String, Object>> reviews = awaitScheduled(acme.id(), 4);
        String first = (String) reviews.get(0).get("id");
        String second = (String) reviews.get(1).get("id");

        cancel(acme, second).body("status", equalTo("CANCELLED"));
        as(acme.managerToken())
                .header("If-Match", etag(second))
                .body(outcome(List.of()))
                .post(REVIEWS + "/" + second + "/outcome")
                .then()
                .statusCode(409)
                .body("detail", containsString("cancelled"));
        as(acme.managerToken())
                .header("If-Match", etag(first))
                .body(outcome(List.of(Map.of("title", "Send terms", "owner", acme.manager()))))
                .post(REVIEWS + "/" + first + "/outcome")
                .then()
                .statusCode(409)
                .body("detail", containsString("takes place on"));
        as(ADMIN)
                .queryParam("accountId", acme.id().toString())
                .get("/api/v1/action-items")
                .then()
                .body("items.size()", equalTo(0));
    }

    @Test
    void theAgendaIsComposedFromTheFactsReceived() {
        KeyAccount acme = keyAccount(bootstrapServers, json, "Acme", true);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.sendEvent(
                    "kam.accounts",
                    "/kam/account-service",
                    new CoverageChanged(acme.id(), 1, "no key players", false, true),
                    json);
        }
        String first = (String) awaitScheduled(acme.id(), 4).get(0).get("id");

        await().atMost(PATIENCE).untilAsserted(() -> as(VIEWER)
                .get(REVIEWS + "/" + first + "/agenda")
                .then()
                .statusCode(200)
                .body("accountName", equalTo("Acme"))
                .body("scoreSinceLastReview.scoreNow", equalTo(72.0f))
                .body("relationshipGaps.singleThreaded", equalTo(true))
                .body("topics", hasItem("No approved plan: agree who drafts it"))
                .body("topics", hasItem("Relationship gap: no key players")));
    }

    @Test
    void anApprovedPlanGetsItsMentorReviewWithTheMentorAndTheAccountManager() {
        KeyAccount acme = keyAccount(bootstrapServers, json, "Acme", true);
        awaitScheduled(acme.id(), 4);
        UUID plan = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.sendEvent(
                    "kam.planning",
                    "/kam/planning-service",
                    new PlanApproved(plan, acme.id(), 1, "Acme 2027-2029", LocalDate.of(2027, 1, 1), 3, acme.mentor()),
                    json);
        }

        Map<String, Object> mentorReview = await().atMost(PATIENCE)
                .until(
                        () -> firstOf(as(VIEWER)
                                .queryParam("accountId", acme.id().toString())
                                .queryParam("kind", "MENTOR")
                                .get(REVIEWS)
                                .then()
                                .extract()),
                        r -> r != null);
        assertThat(mentorReview.get("planId")).isEqualTo(plan.toString());
        assertThat(LocalDate.parse((String) mentorReview.get("date")))
                .isEqualTo(CadenceDates.workingDayFrom(
                        LocalDate.now(ZoneOffset.UTC).plusDays(120)));
        assertThat((List<?>) mentorReview.get("attendees")).hasSize(2);
    }
}
