package kam.review.api;

import static io.restassured.RestAssured.given;
import static kam.platform.testing.KafkaTestClient.header;
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
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.account.CoverageChanged;
import kam.platform.events.planning.PlanApproved;
import kam.platform.events.scoring.ConcentrationMeasured;
import kam.platform.events.scoring.ScoreChanged;
import kam.platform.events.scoring.TierChanged;
import kam.platform.testing.AccessMatrix;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.MovableClock;
import kam.platform.testing.OpenApiSnapshot;
import kam.platform.testing.SampleEvents;
import kam.platform.testing.TestTokens;
import kam.review.cadence.CadenceDates;
import kam.review.report.Quarter;
import kam.review.review.ReviewChecks;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The review cadence from tier changes to held reviews, action items, missed meetings, calendar feeds and the
 * quarter's results, through the API and the real Kafka and PostgreSQL. Each test sets the policy it needs.
 */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReviewApiTest {
    private static final String REVIEWS = "/api/v1/reviews";
    private static final String POLICY = "/api/v1/cadence-policy";
    private static final String ADMIN = TestTokens.bearer("ada.admin", "kam-admin");
    private static final String VIEWER = TestTokens.bearer("val", "viewer");

    private final String bootstrapServers;
    private final ObjectMapper json;
    private final MovableClock clock;
    private final ReviewChecks checks;

    ReviewApiTest(
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
    void keyAccountsGetAYearOfReviewsThatAreHeldWithActionItemsAndReported() throws Exception {
        String tier = "Key-" + UUID.randomUUID();
        setPolicy(policy("TIERS", 20, List.of(tier)));

        String manager = "am-" + UUID.randomUUID();
        String sponsor = "ceo-" + UUID.randomUUID();
        String mentor = "mia-" + UUID.randomUUID();
        UUID acme = UUID.randomUUID();
        UUID beta = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            account(kafka, acme, "Acme", manager);
            kafka.sendEvent(
                    ACCOUNTS, ACCOUNT_SERVICE, SampleEvents.joined(acme, sponsor, "EXECUTIVE_SPONSOR", manager), json);
            kafka.sendEvent(ACCOUNTS, ACCOUNT_SERVICE, SampleEvents.joined(acme, mentor, "MENTOR", manager), json);
            kafka.sendEvent(
                    ACCOUNTS, ACCOUNT_SERVICE, new CoverageChanged(acme, 1, "no key players", false, true), json);
            account(kafka, beta, "Beta", manager);
            score(kafka, acme, 72.0, tier);
            score(kafka, beta, 65.0, tier);
        }

        // Entering the cadence books 4 account reviews over the next 12 months, on working days.
        List<Map<String, Object>> acmeReviews = awaitScheduled(acme, 4);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (Map<String, Object> review : acmeReviews) {
            LocalDate day = LocalDate.parse((String) review.get("date"));
            assertThat(CadenceDates.isWorkingDay(day)).isTrue();
            assertThat(day).isAfter(today).isBeforeOrEqualTo(today.plusMonths(12));
            assertThat(review.get("kind")).isEqualTo("ACCOUNT");
        }
        String first = (String) acmeReviews.get(0).get("id");
        LocalDate firstDay = LocalDate.parse((String) acmeReviews.get(0).get("date"));
        as(VIEWER)
                .get(REVIEWS + "/" + first)
                .then()
                .statusCode(200)
                .body("attendees.userId", hasItems(manager, sponsor, "ar-lead"))
                .body("attendees.userId", not(hasItem(mentor)))
                .body("flagged", equalTo(false));
        // Beta has no executive sponsor: its meetings are flagged.
        String betaFirst = (String) awaitScheduled(beta, 4).get(0).get("id");
        as(VIEWER)
                .get(REVIEWS + "/" + betaFirst)
                .then()
                .body("flagged", equalTo(true))
                .body("missingRoles", equalTo(List.of("EXECUTIVE_SPONSOR")));

        // Beta leaves the key tier: its future reviews are cancelled with the reason, and finance hears of it.
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.sendEvent(
                    "kam.scoring",
                    "/kam/scoring-service",
                    new TierChanged(beta, tier, null, "SCORE", UUID.randomUUID()),
                    json);
            List<ConsumerRecord<String, String>> cancelled = kafka.read(
                    "kam.reviews",
                    r -> beta.toString().equals(r.key())
                            && "kam.review.review-cancelled.v1".equals(header(r, "ce_type")),
                    found -> found.size() >= 4,
                    Duration.ofSeconds(30));
            assertThat(cancelled).hasSize(4);
            assertThat(cancelled.get(0).value()).contains("left the review cadence");
        }
        as(VIEWER)
                .get(REVIEWS + "/" + betaFirst)
                .then()
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", containsString(tier));

        // Replies: people answer for themselves; someone not invited is named.
        String sponsorToken = TestTokens.bearer(sponsor, "executive");
        as(sponsorToken)
                .body(Map.of("reply", "ACCEPTED"))
                .put(REVIEWS + "/" + first + "/attendees/" + sponsor + "/reply")
                .then()
                .statusCode(200);
        as(sponsorToken)
                .body(Map.of("reply", "DECLINED"))
                .put(REVIEWS + "/" + first + "/attendees/" + manager + "/reply")
                .then()
                .statusCode(403);
        as(ADMIN)
                .body(Map.of("reply", "ACCEPTED"))
                .put(REVIEWS + "/" + first + "/attendees/ghost/reply")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("userId"));

        // Moving a meeting: never into the past, never by a stranger, always with a reason.
        String am = TestTokens.bearer(manager, "account-manager");
        String stranger = TestTokens.bearer("someone-else", "account-manager");
        as(am).header("If-Match", etag(first))
                .body(Map.of("date", today.minusDays(3).toString(), "reason", "oops"))
                .post(REVIEWS + "/" + first + "/reschedule")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(422)
                .body("violations[0].field", equalTo("date"));
        as(stranger)
                .header("If-Match", etag(first))
                .body(Map.of("date", firstDay.plusDays(2).toString(), "reason", "mine now"))
                .post(REVIEWS + "/" + first + "/reschedule")
                .then()
                .statusCode(403);
        as(am).header("If-Match", etag(first))
                .body(Map.of("date", firstDay.plusDays(2).toString(), "time", "14:00", "reason", "The sponsor travels"))
                .post(REVIEWS + "/" + first + "/reschedule")
                .then()
                .statusCode(200)
                .body("sequence", equalTo(1))
                .body("changes[0].reason", equalTo("The sponsor travels"))
                .body("date", equalTo(firstDay.plusDays(2).toString()));
        LocalDate heldDay = firstDay.plusDays(2);

        // An outcome for a cancelled meeting, or for one still to come, is refused; nothing is written.
        String second = (String) acmeReviews.get(1).get("id");
        as(am).header("If-Match", etag(second))
                .body(Map.of("reason", "Merged into the next one"))
                .post(REVIEWS + "/" + second + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(am).header("If-Match", etag(second))
                .body(outcome(List.of()))
                .post(REVIEWS + "/" + second + "/outcome")
                .then()
                .statusCode(409)
                .body("detail", containsString("cancelled"));
        as(am).header("If-Match", etag(first))
                .body(outcome(List.of(Map.of("title", "Send terms", "owner", manager))))
                .post(REVIEWS + "/" + first + "/outcome")
                .then()
                .statusCode(409)
                .body("detail", containsString("takes place on"));
        as(ADMIN)
                .queryParam("accountId", acme.toString())
                .get("/api/v1/action-items")
                .then()
                .body("items.size()", equalTo(0));

        // The agenda is composed from the facts received.
        as(VIEWER)
                .get(REVIEWS + "/" + first + "/agenda")
                .then()
                .statusCode(200)
                .body("accountName", equalTo("Acme"))
                .body("scoreSinceLastReview.scoreNow", equalTo(72.0f))
                .body("relationshipGaps.singleThreaded", equalTo(true))
                .body("topics", hasItem("No approved plan: agree who drafts it"))
                .body("topics", hasItem("Relationship gap: no key players"));

        // An approved plan gets its mentor review, the mentor and the account manager invited.
        UUID plan = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.sendEvent(
                    "kam.planning",
                    "/kam/planning-service",
                    new PlanApproved(plan, acme, 1, "Acme 2027-2029", LocalDate.of(2027, 1, 1), 3, mentor),
                    json);
        }
        Map<String, Object> mentorReview = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> firstOf(as(VIEWER)
                                .queryParam("accountId", acme.toString())
                                .queryParam("kind", "MENTOR")
                                .get(REVIEWS)
                                .then()
                                .extract()),
                        r -> r != null);
        assertThat(mentorReview.get("planId")).isEqualTo(plan.toString());
        assertThat(LocalDate.parse((String) mentorReview.get("date")))
                .isEqualTo(CadenceDates.workingDayFrom(today.plusDays(120)));
        assertThat((List<?>) mentorReview.get("attendees")).hasSize(2);

        // On the day, the meeting is held: results, decisions, action items due 30 days later unless agreed.
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, heldDay)));
        ExtractableResponse<Response> held = as(am).header("If-Match", etag(first))
                .body(outcome(List.of(
                        Map.of("title", "Send the revised service levels", "owner", manager),
                        Map.of(
                                "title",
                                "Introduce our CFO",
                                "owner",
                                sponsor,
                                "dueDate",
                                heldDay.plusDays(10).toString()))))
                .post(REVIEWS + "/" + first + "/outcome")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("outcome.projectTeams[0].name", equalTo("Spain pilot"))
                .extract();
        List<Map<String, Object>> items = held.path("outcome.actionItems");
        assertThat(items).hasSize(2);
        Map<String, Object> slSheet = items.stream()
                .filter(i -> i.get("owner").equals(manager))
                .findFirst()
                .orElseThrow();
        Map<String, Object> intro = items.stream()
                .filter(i -> i.get("owner").equals(sponsor))
                .findFirst()
                .orElseThrow();
        assertThat(slSheet.get("dueDate")).isEqualTo(heldDay.plusDays(30).toString());

        // The owner closes theirs within the 30 days.
        as(sponsorToken)
                .header("If-Match", itemEtag((String) intro.get("id")))
                .post("/api/v1/action-items/" + intro.get("id") + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedWithinThirtyDays", equalTo(true));

        // 40 days later the other is overdue, reported once however often the check runs.
        clock.advance(Duration.ofDays(40));
        assertThat(checks.run().overdue()).isGreaterThanOrEqualTo(1);
        checks.run();
        as(ADMIN)
                .queryParam("accountId", acme.toString())
                .queryParam("overdue", true)
                .get("/api/v1/action-items")
                .then()
                .body("items.id", equalTo(List.of(slSheet.get("id"))));

        // A meeting booked for tomorrow and never given an outcome is missed after the policy's 7 days.
        LocalDate tomorrow = heldDay.plusDays(41);
        String extra = as(am).body(
                        Map.of("accountId", acme, "date", tomorrow.toString(), "attendees", List.of("guest")))
                .post(REVIEWS)
                .then()
                .statusCode(201)
                .body("origin", equalTo("MANUAL"))
                .body("attendees.userId", hasItem("guest"))
                .extract()
                .path("id");
        clock.advance(Duration.ofDays(9));
        checks.run();
        as(VIEWER).get(REVIEWS + "/" + extra).then().body("status", equalTo("MISSED"));

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            Map<String, List<ConsumerRecord<String, String>>> byType = byType(kafka, acme, 8);
            assertThat(byType.get("kam.review.review-completed.v1")).hasSize(1);
            assertThat(byType.get("kam.review.review-completed.v1").get(0).value())
                    .contains("Send the revised service levels");
            assertThat(byType.get("kam.review.action-item-raised.v1")).hasSize(2);
            assertThat(byType.get("kam.review.action-item-closed.v1")).hasSize(1);
            assertThat(byType.get("kam.review.action-item-overdue.v1")).hasSize(1);
            assertThat(byType.get("kam.review.review-rescheduled.v1")).hasSize(1);
            // The manual meeting, and the mentor review whose day also passed while the clock moved.
            assertThat(byType.get("kam.review.review-missed.v1"))
                    .extracting(ConsumerRecord::value)
                    .anyMatch(v -> v.contains(extra))
                    .anyMatch(v -> v.contains((String) mentorReview.get("id")))
                    .hasSize(2);
            assertThat(byType.get("kam.review.review-scheduled.v1")).hasSizeGreaterThanOrEqualTo(6);
        }

        // The calendar feeds parse back: the account's, and a person's own.
        Calendar accountFeed = ics(as(VIEWER).get(REVIEWS + "/calendar/accounts/" + acme + ".ics"));
        List<VEvent> events = accountFeed.getComponents("VEVENT");
        assertThat(events)
                .anyMatch(e -> e.getUid().orElseThrow().getValue().startsWith(second)
                        && "CANCELLED".equals(e.getStatus().getValue()));
        // A missed meeting leaves the feed: it will not take place.
        assertThat(events).noneMatch(e -> e.getSummary().getValue().startsWith("Mentor review"));
        assertThat(events).allMatch(e -> e.getProperties("DTSTAMP").size() == 1);
        Calendar sponsorFeed = ics(as(sponsorToken).get(REVIEWS + "/calendar/people/" + sponsor + ".ics"));
        assertThat(sponsorFeed.<VEvent>getComponents("VEVENT"))
                .isNotEmpty()
                .allMatch(e -> e.getSummary().getValue().equals("Account review: Acme"));
        as(sponsorToken)
                .get(REVIEWS + "/calendar/people/" + manager + ".ics")
                .then()
                .statusCode(403);

        // The quarter's results: as JSON, CSV and a page with charts; published once the quarter is over.
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.sendEvent(
                    "kam.scoring",
                    "/kam/scoring-service",
                    new ConcentrationMeasured(ConcentrationMeasured.PORTFOLIO, 2, 2, 0.93, 5000.0, List.of()),
                    json);
        }
        Quarter quarter = Quarter.of(heldDay);
        String results = "/api/v1/reports/quarterly/" + quarter;
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        as(ADMIN).get(results).then().statusCode(200).body("concentration.top20Share", equalTo(0.93f)));
        Map<String, Object> line = as(ADMIN).get(results).then().extract().path("accounts.find { it.name == 'Acme' }");
        assertThat(line.get("reviewsHeld")).isEqualTo(1);
        assertThat(line.get("actionItemsRaised")).isEqualTo(2);
        assertThat(line.get("tierAtEnd")).isEqualTo(tier);
        String csv = as(ADMIN)
                .accept("text/csv")
                .get(results)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.split("\r\n")[0]).startsWith("quarter,accountId,name");
        assertThat(csv).contains(acme.toString());
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
        LocalDate movedToday = today.plusDays(ChronoUnit.DAYS.between(today, heldDay) + 49);
        if (!movedToday.isAfter(quarter.to())) {
            clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(movedToday, quarter.to()) + 1));
        }
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
                            Duration.ofSeconds(30)))
                    .isNotEmpty();
        }
    }

    @Test
    void thePolicyIsTheAdminsAndRefusesWhatCannotWork() {
        Map<String, Object> zero = policy("TOP_N", 20, List.of());
        zero.put("intervalDays", 0);
        as(ADMIN)
                .header("If-Match", policyEtag())
                .body(zero)
                .put(POLICY)
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("intervalDays"));
        Map<String, Object> mars = policy("TOP_N", 20, List.of());
        mars.put("timeZone", "Mars/Olympus");
        as(ADMIN)
                .header("If-Match", policyEtag())
                .body(mars)
                .put(POLICY)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("timeZone"));
        as(ADMIN)
                .header("If-Match", policyEtag())
                .body(policy("TIERS", 20, List.of()))
                .put(POLICY)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("tiers"));
        as(TestTokens.bearer("am", "account-manager"))
                .header("If-Match", policyEtag())
                .body(policy("TOP_N", 20, List.of()))
                .put(POLICY)
                .then()
                .statusCode(403);
        as(ADMIN).body(policy("TOP_N", 20, List.of())).put(POLICY).then().statusCode(428);
    }

    @Test
    void theTopAccountsByScoreAreInTheCadence() {
        setPolicy(policy("TOP_N", 1, List.of()));
        UUID best = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            account(kafka, best, "Best plc", "am-" + UUID.randomUUID());
            score(kafka, best, 100.0, null);
        }
        List<Map<String, Object>> booked = awaitScheduled(best, 4);
        assertThat(booked).allMatch(r -> "CADENCE".equals(r.get("origin")));
    }

    @Test
    void theGeneratedSpecMatchesTheCommittedSnapshot() {
        String spec = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        OpenApiSnapshot.assertMatches(spec, Path.of("openapi/review-service.json"));
    }

    private static final String ACCOUNTS = "kam.accounts";
    private static final String ACCOUNT_SERVICE = "/kam/account-service";

    private void account(KafkaTestClient kafka, UUID id, String name, String manager) {
        kafka.sendEvent(
                ACCOUNTS, ACCOUNT_SERVICE, new AccountRegistered(id, SampleEvents.account(name, manager)), json);
        kafka.sendEvent(ACCOUNTS, ACCOUNT_SERVICE, SampleEvents.joined(id, manager, "ACCOUNT_MANAGER", manager), json);
    }

    private void score(KafkaTestClient kafka, UUID id, double score, String tier) {
        kafka.sendEvent(
                "kam.scoring",
                "/kam/scoring-service",
                new ScoreChanged(id, UUID.randomUUID(), score, score, score, 1.0, tier, "STAR", List.of()),
                json);
        if (tier != null) {
            kafka.sendEvent(
                    "kam.scoring",
                    "/kam/scoring-service",
                    new TierChanged(id, null, tier, "SCORE", UUID.randomUUID()),
                    json);
        }
    }

    private List<Map<String, Object>> awaitScheduled(UUID account, int count) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> as(VIEWER)
                                .queryParam("accountId", account.toString())
                                .queryParam("status", "SCHEDULED")
                                .queryParam("kind", "ACCOUNT")
                                .get(REVIEWS)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<List<Map<String, Object>>>path("items"),
                        items -> items.size() == count);
    }

    private Map<String, List<ConsumerRecord<String, String>>> byType(KafkaTestClient kafka, UUID account, int types) {
        Map<String, List<ConsumerRecord<String, String>>> byType = new HashMap<>();
        kafka.read(
                        "kam.reviews",
                        r -> account.toString().equals(r.key()),
                        found -> found.stream()
                                        .map(r -> header(r, "ce_type"))
                                        .distinct()
                                        .count()
                                >= types,
                        Duration.ofSeconds(30))
                .forEach(r -> byType.computeIfAbsent(header(r, "ce_type"), t -> new java.util.ArrayList<>())
                        .add(r));
        return byType;
    }

    private static Map<String, Object> firstOf(ExtractableResponse<Response> page) {
        List<Map<String, Object>> items = page.path("items");
        return items.isEmpty() ? null : items.get(0);
    }

    private static Calendar ics(Response response) throws Exception {
        response.then().statusCode(200).contentType(containsString("text/calendar"));
        return new CalendarBuilder().build(new StringReader(response.asString()));
    }

    private static Map<String, Object> outcome(List<Map<String, Object>> items) {
        return Map.of(
                "results", List.of("Renewed the supply contract"),
                "decisions", List.of("Pilot the private label range in Spain"),
                "actionItems", items,
                "projectTeams",
                        List.of(Map.of(
                                "name", "Spain pilot", "purpose", "Launch by Q3", "members", List.of("tom", "ana"))));
    }

    private static Map<String, Object> policy(String selection, int topN, List<String> tiers) {
        Map<String, Object> policy = new HashMap<>();
        policy.put("selection", selection);
        policy.put("topN", topN);
        policy.put("tiers", tiers);
        policy.put("intervalDays", 90);
        policy.put("horizonMonths", 12);
        policy.put("mentorIntervalDays", 120);
        policy.put("requiredRoles", List.of("ACCOUNT_MANAGER", "EXECUTIVE_SPONSOR"));
        policy.put("invited", List.of(Map.of("function", "ACCOUNTS_RECEIVABLE", "userId", "ar-lead")));
        policy.put("meetingTime", "10:00");
        policy.put("durationMinutes", 90);
        policy.put("timeZone", "UTC");
        policy.put("missedAfterDays", 7);
        policy.put("actionDueDays", 30);
        return policy;
    }

    private void setPolicy(Map<String, Object> policy) {
        as(ADMIN)
                .header("If-Match", policyEtag())
                .body(policy)
                .put(POLICY)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("updatedBy", equalTo("ada.admin"));
    }

    private static String policyEtag() {
        return as(VIEWER).get(POLICY).then().statusCode(200).extract().header("ETag");
    }

    private static String etag(String review) {
        return as(VIEWER)
                .get(REVIEWS + "/" + review)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static String itemEtag(String item) {
        return as(VIEWER)
                .get("/api/v1/action-items/" + item)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    @Test
    void everyOperationAnswersEachRoleAsItsCommittedDocumentSays() {
        // 401 without a token, 403 exactly for the roles the document does not list, never a 500.
        AccessMatrix.assertEnforced(Path.of("openapi", "review-service.json"));
    }

    @Test
    void serverOwnedFieldsInARequestAreRefusedOrIgnored() {
        as(ADMIN)
                .body("{\"status\": \"COMPLETED\", \"accountId\": \"" + UUID.randomUUID()
                        + "\", \"date\": \"2099-01-05\"}")
                .post(REVIEWS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"));
        // The policy's audit fields are the server's: what a client sends there is ignored.
        Map<String, Object> policy = policy("TOP_N", 20, List.of());
        policy.put("updatedBy", "mallory");
        policy.put("updatedAt", "2000-01-01T00:00:00Z");
        as(ADMIN)
                .header("If-Match", policyEtag())
                .body(policy)
                .put(POLICY)
                .then()
                .statusCode(200)
                .body("updatedBy", equalTo("ada.admin"))
                .body("updatedAt", not(equalTo("2000-01-01T00:00:00Z")));
    }
}
