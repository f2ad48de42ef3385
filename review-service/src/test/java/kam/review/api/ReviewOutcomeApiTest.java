package kam.review.api;

import static kam.platform.testing.KafkaTestClient.header;
import static kam.review.api.ReviewCalls.ADMIN;
import static kam.review.api.ReviewCalls.PATIENCE;
import static kam.review.api.ReviewCalls.REVIEWS;
import static kam.review.api.ReviewCalls.VIEWER;
import static kam.review.api.ReviewCalls.as;
import static kam.review.api.ReviewCalls.awaitScheduled;
import static kam.review.api.ReviewCalls.cancel;
import static kam.review.api.ReviewCalls.etag;
import static kam.review.api.ReviewCalls.eventsByType;
import static kam.review.api.ReviewCalls.ics;
import static kam.review.api.ReviewCalls.itemEtag;
import static kam.review.api.ReviewCalls.keyAccount;
import static kam.review.api.ReviewCalls.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.events.planning.PlanApproved;
import kam.platform.events.scoring.ConcentrationMeasured;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.MovableClock;
import kam.platform.testing.TestTokens;
import kam.review.api.ReviewCalls.KeyAccount;
import kam.review.report.Quarter;
import kam.review.review.ReviewChecks;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What follows a meeting: a held review's action items closed or reported overdue, a meeting never given an outcome
 * missed, the calendar feeds, and the quarter's results. Each test has an account of its own and moves the service's
 * clock to the day it needs.
 */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReviewOutcomeApiTest {
    private final String bootstrapServers;
    private final ObjectMapper json;
    private final MovableClock clock;
    private final ReviewChecks checks;

    ReviewOutcomeApiTest(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            ObjectMapper json,
            MovableClock clock,
            ReviewChecks checks) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
        this.clock = clock;
        this.checks = checks;
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aHeldReviewsActionItemsAreDueIn30DaysClosedByTheirOwnerOrReportedOverdueOnce() {
        KeyAccount acme = keyAccount(bootstrapServers, json, "Acme", true);
        String first = (String) awaitScheduled(acme.id(), 4).get(0).get("id");
        LocalDate heldDay = toMeetingDay(first);

        List<Map<String, Object>> items = hold(acme, first, heldDay).path("outcome.actionItems");
        assertThat(items).hasSize(2);
        Map<String, Object> serviceLevels = ownedBy(items, acme.manager());
        Map<String, Object> intro = ownedBy(items, acme.sponsor());
        assertThat(serviceLevels.get("dueDate")).isEqualTo(heldDay.plusDays(30).toString());
        as(acme.sponsorToken())
                .header("If-Match", itemEtag((String) intro.get("id")))
                .post("/api/v1/action-items/" + intro.get("id") + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedWithinThirtyDays", equalTo(true));

        clock.advance(Duration.ofDays(40));
        assertThat(checks.run().overdue()).isGreaterThanOrEqualTo(1);
        checks.run();
        as(ADMIN)
                .queryParam("accountId", acme.id().toString())
                .queryParam("overdue", true)
                .get("/api/v1/action-items")
                .then()
                .body("items.id", equalTo(List.of(serviceLevels.get("id"))));

        Map<String, List<ConsumerRecord<String, String>>> byType = eventsByType(bootstrapServers, acme.id(), 5);
        assertThat(byType.get("kam.review.review-completed.v1")).hasSize(1);
        assertThat(byType.get("kam.review.review-completed.v1").get(0).value())
                .contains("Send the revised service levels");
        assertThat(byType.get("kam.review.action-item-raised.v1")).hasSize(2);
        assertThat(byType.get("kam.review.action-item-closed.v1")).hasSize(1);
        assertThat(byType.get("kam.review.action-item-overdue.v1")).hasSize(1);
        assertThat(byType.get("kam.review.review-scheduled.v1")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aMeetingNeverGivenAnOutcomeIsMissedAfterThePolicysSevenDaysAndLeavesTheFeed() throws Exception {
        KeyAccount acme = keyAccount(bootstrapServers, json, "Acme", true);
        List<Map<String, Object>> reviews = awaitScheduled(acme.id(), 4);
        String second = (String) reviews.get(1).get("id");
        cancel(acme, second).body("status", equalTo("CANCELLED"));
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        String extra = as(acme.managerToken())
                .body(Map.of("accountId", acme.id(), "date", tomorrow.toString(), "attendees", List.of("guest")))
                .post(REVIEWS)
                .then()
                .statusCode(201)
                .body("origin", equalTo("MANUAL"))
                .body("attendees.userId", hasItem("guest"))
                .extract()
                .path("id");
        String mentorReview = mentorReviewOf(acme);

        // Past the mentor review's day (120 days on) and the policy's 7 days after it.
        clock.advance(Duration.ofDays(130));
        checks.run();

        as(VIEWER).get(REVIEWS + "/" + extra).then().body("status", equalTo("MISSED"));
        as(VIEWER).get(REVIEWS + "/" + mentorReview).then().body("status", equalTo("MISSED"));
        assertThat(eventsByType(bootstrapServers, acme.id(), 4).get("kam.review.review-missed.v1"))
                .extracting(ConsumerRecord::value)
                .anyMatch(v -> v.contains(extra))
                .anyMatch(v -> v.contains(mentorReview));
        List<VEvent> events = ics(as(VIEWER).get(REVIEWS + "/calendar/accounts/" + acme.id() + ".ics"))
                .getComponents("VEVENT");
        assertThat(events)
                .anyMatch(e -> e.getUid().orElseThrow().getValue().startsWith(second)
                        && "CANCELLED".equals(e.getStatus().getValue()));
        // A missed meeting leaves the feed: it will not take place.
        assertThat(events).noneMatch(e -> e.getUid().orElseThrow().getValue().startsWith(extra));
        assertThat(events).noneMatch(e -> e.getSummary().getValue().startsWith("Mentor review"));
        assertThat(events).allMatch(e -> e.getProperties("DTSTAMP").size() == 1);
    }

    @Test
    void aPersonsOwnCalendarFeedHoldsTheirMeetingsAndNoOneElseReadsIt() throws Exception {
        KeyAccount acme = keyAccount(bootstrapServers, json, "Acme", true);
        awaitScheduled(acme.id(), 4);

        assertThat(ics(as(acme.sponsorToken()).get(REVIEWS + "/calendar/people/" + acme.sponsor() + ".ics"))
                        .<VEvent>getComponents("VEVENT"))
                .isNotEmpty()
                .allMatch(e -> e.getSummary().getValue().equals("Account review: Acme"));
        as(acme.sponsorToken())
                .get(REVIEWS + "/calendar/people/" + acme.manager() + ".ics")
                .then()
                .statusCode(403);
    }

    @Test
    void theQuartersResultsComeAsJsonCsvAndAPageAndArePublishedOnceTheQuarterIsOver() {
        KeyAccount acme = keyAccount(bootstrapServers, json, "Acme", true);
        String first = (String) awaitScheduled(acme.id(), 4).get(0).get("id");
        LocalDate heldDay = toMeetingDay(first);
        hold(acme, first, heldDay);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.sendEvent(
                    "kam.scoring",
                    "/kam/scoring-service",
                    new ConcentrationMeasured(ConcentrationMeasured.PORTFOLIO, 2, 2, 0.93, 5000.0, List.of()),
                    json);
        }
        Quarter quarter = Quarter.of(heldDay);
        String results = "/api/v1/reports/quarterly/" + quarter;

        await().atMost(PATIENCE)
                .untilAsserted(() ->
                        as(ADMIN).get(results).then().statusCode(200).body("concentration.top20Share", equalTo(0.93f)));
        Map<String, Object> line =
                as(ADMIN).get(results).then().extract().path("accounts.find { it.accountId == '" + acme.id() + "' }");
        assertThat(line.get("reviewsHeld")).isEqualTo(1);
        assertThat(line.get("actionItemsRaised")).isEqualTo(2);
        assertThat(line.get("tierAtEnd")).isEqualTo(acme.tier());
        String csv = as(ADMIN)
                .accept("text/csv")
                .get(results)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.split("\r\n")[0]).startsWith("quarter,accountId,name");
        assertThat(csv).contains(acme.id().toString());
        String page = as(ADMIN)
                .accept("text/html")
                .get(results)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("<svg").contains("Acme");

        as(ADMIN)
                .post("/api/v1/reports/quarterly/2999-Q1/publish")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("quarter"));
        as(ADMIN).get("/api/v1/reports/quarterly/2027-Q9").then().statusCode(400);
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(heldDay, quarter.to()) + 1));
        as(TestTokens.bearer("exec", "executive"))
                .post(results + "/publish")
                .then()
                .statusCode(201)
                .header("Location", containsString(results + "/editions/"))
                .body("results.quarter", equalTo(quarter.toString()));
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            assertThat(kafka.read(
                            "kam.reviews",
                            r -> "kam.review.quarterly-results-published.v1".equals(header(r, "ce_type"))
                                    && r.value().contains(quarter.toString()),
                            found -> !found.isEmpty(),
                            PATIENCE))
                    .isNotEmpty();
        }
    }

    /** The mentor review planning's approval of the account's plan books; answers its id. */
    private String mentorReviewOf(KeyAccount acme) {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.sendEvent(
                    "kam.planning",
                    "/kam/planning-service",
                    new PlanApproved(
                            UUID.randomUUID(),
                            acme.id(),
                            1,
                            "Acme 2027-2029",
                            LocalDate.of(2027, 1, 1),
                            3,
                            acme.mentor()),
                    json);
        }
        return await().atMost(PATIENCE)
                .until(
                        () -> as(VIEWER)
                                .queryParam("accountId", acme.id().toString())
                                .queryParam("kind", "MENTOR")
                                .get(REVIEWS)
                                .then()
                                .extract()
                                .<String>path("items[0].id"),
                        id -> id != null);
    }

    /** Moves the service's clock to the review's day; answers the day. */
    private LocalDate toMeetingDay(String review) {
        LocalDate day = LocalDate.parse(
                as(VIEWER).get(REVIEWS + "/" + review).then().extract().path("date"));
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), day)));
        return day;
    }

    /** Holds the review on its day with two action items: one due in the policy's 30 days, one agreed for 10. */
    private static ExtractableResponse<Response> hold(KeyAccount acme, String review, LocalDate heldDay) {
        return as(acme.managerToken())
                .header("If-Match", etag(review))
                .body(outcome(List.of(
                        Map.of("title", "Send the revised service levels", "owner", acme.manager()),
                        Map.of(
                                "title", "Introduce our CFO",
                                "owner", acme.sponsor(),
                                "dueDate", heldDay.plusDays(10).toString()))))
                .post(REVIEWS + "/" + review + "/outcome")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("outcome.projectTeams[0].name", equalTo("Spain pilot"))
                .extract();
    }

    private static Map<String, Object> ownedBy(List<Map<String, Object>> items, String owner) {
        return items.stream()
                .filter(i -> i.get("owner").equals(owner))
                .findFirst()
                .orElseThrow();
    }
}
