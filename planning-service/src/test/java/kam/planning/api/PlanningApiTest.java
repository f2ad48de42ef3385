package kam.planning.api;

import static io.restassured.RestAssured.given;
import static kam.platform.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.planning.plan.PlanExecution;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.review.ReviewCompleted;
import kam.platform.events.scoring.TierChanged;
import kam.platform.testing.AccessMatrix;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.MovableClock;
import kam.platform.testing.OpenApiSnapshot;
import kam.platform.testing.SampleEvents;
import kam.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plans from a tier change to approval, revision, delivery and review actions, through the API and Kafka. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PlanningApiTest {
    private static final String PLANS = "/api/v1/plans";
    private static final String ADMIN = TestTokens.bearer("ada.admin", "kam-admin");

    private final String bootstrapServers;
    private final ObjectMapper json;
    private final MovableClock clock;
    private final PlanExecution execution;

    PlanningApiTest(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            ObjectMapper json,
            MovableClock clock,
            PlanExecution execution) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
        this.clock = clock;
        this.execution = execution;
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aKeyAccountGetsAPlanThatIsCommittedApprovedRevisedAndDelivered() throws Exception {
        String manager = "am-" + UUID.randomUUID();
        String colleague = "tom-" + UUID.randomUUID();
        String mentor = "mia-" + UUID.randomUUID();
        UUID account = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.sendEvent(
                    "kam.accounts",
                    "/kam/account-service",
                    new AccountRegistered(account, SampleEvents.account("Acme", manager)),
                    json);
            kafka.sendEvent(
                    "kam.accounts",
                    "/kam/account-service",
                    SampleEvents.joined(account, manager, "ACCOUNT_MANAGER", manager),
                    json);
            kafka.sendEvent(
                    "kam.accounts",
                    "/kam/account-service",
                    SampleEvents.joined(account, colleague, "COMMERCIAL", manager),
                    json);
            kafka.sendEvent(
                    "kam.accounts",
                    "/kam/account-service",
                    SampleEvents.joined(account, mentor, "MENTOR", manager),
                    json);
            kafka.sendEvent(
                    "kam.scoring",
                    "/kam/scoring-service",
                    new TierChanged(account, null, "Gold", "SCORE", UUID.randomUUID()),
                    json);
        }
        String am = TestTokens.bearer(manager, "account-manager");
        // Entering a key tier starts a draft plan for the team; until it is approved the account is a coverage gap.
        String planId = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> as(am).queryParam("accountId", account.toString())
                                .get(PLANS)
                                .then()
                                .extract()
                                .path("items[0].id"),
                        id -> id != null);
        as(ADMIN).get(PLANS + "/coverage").then().statusCode(200).body("accountId", hasItem(account.toString()));

        Map<String, Object> draft = Map.of(
                "title", "Acme 2027-2029",
                "periodStart", "2027-01-01",
                "content",
                        Map.of(
                                "businessContext", "Grocery retailer growing its private label",
                                "objectives",
                                        List.of(Map.of(
                                                "title",
                                                "Grow share of wallet",
                                                "metric",
                                                "share of wallet %",
                                                "target",
                                                30,
                                                "dueDate",
                                                LocalDate.now().plusYears(1).toString(),
                                                "owner",
                                                manager)),
                                "opportunities",
                                        List.of(Map.of(
                                                "name",
                                                "Private label range",
                                                "value",
                                                1200000,
                                                "currency",
                                                "EUR",
                                                "probability",
                                                0.4,
                                                "stage",
                                                "PRE_SALES")),
                                "risks",
                                        List.of(Map.of(
                                                "description",
                                                "Buyer changes",
                                                "severity",
                                                "HIGH",
                                                "likelihood",
                                                "MEDIUM",
                                                "owner",
                                                manager)),
                                "engagement",
                                        List.of(Map.of(
                                                "teamMember",
                                                colleague,
                                                "stakeholderName",
                                                "Head of buying",
                                                "everyDays",
                                                30))));
        as(am).body(draft).put(PLANS + "/" + planId).then().statusCode(428);
        ValidatableResponse edited = as(am).header("If-Match", "\"0\"")
                .body(draft)
                .put(PLANS + "/" + planId)
                .then();
        edited.statusCode(200)
                .body("title", equalTo("Acme 2027-2029"))
                .body("allowedTransitions", equalTo(List.of("submit", "close")));
        String objectiveId = edited.extract().path("content.objectives[0].id");
        String opportunityId = edited.extract().path("content.opportunities[0].id");
        as(TestTokens.bearer("stranger", "account-manager"))
                .header("If-Match", "*")
                .body(draft)
                .put(PLANS + "/" + planId)
                .then()
                .statusCode(403);
        as(TestTokens.bearer(mentor, "mentor"))
                .header("If-Match", "*")
                .post(PLANS + "/" + planId + "/approve")
                .then()
                .statusCode(409)
                .body("detail", containsString("allowed: submit, close"));

        as(am).header("If-Match", "*")
                .post(PLANS + "/" + planId + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body(
                        "pendingCommitments",
                        equalTo(List.of(colleague, manager).stream().sorted().toList()));
        as(TestTokens.bearer(mentor, "mentor"))
                .header("If-Match", "*")
                .post(PLANS + "/" + planId + "/approve")
                .then()
                .statusCode(409)
                .body("detail", containsString(colleague));
        as(TestTokens.bearer(colleague, "account-manager"))
                .header("If-Match", "*")
                .post(PLANS + "/" + planId + "/commit")
                .then()
                .statusCode(200);
        as(am).header("If-Match", "*")
                .post(PLANS + "/" + planId + "/commit")
                .then()
                .statusCode(200);
        as(TestTokens.bearer(mentor, "mentor"))
                .header("If-Match", "*")
                .post(PLANS + "/" + planId + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedRevision", equalTo(1));
        as(ADMIN).get(PLANS + "/coverage").then().body("accountId", not(hasItem(account.toString())));

        // An approved revision never changes: an edit is refused, a revision is started instead.
        as(am).header("If-Match", "*")
                .body(draft)
                .put(PLANS + "/" + planId)
                .then()
                .statusCode(409)
                .body("detail", containsString("start a revision"));
        as(am).header("If-Match", "*")
                .post(PLANS + "/" + planId + "/revise")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("revision", equalTo(2))
                .body("approvedRevision", equalTo(1));
        Map<String, Object> revised = Map.of(
                "title", "Acme 2027-2029",
                "periodStart", "2027-01-01",
                "content",
                        Map.of(
                                "objectives",
                                List.of(Map.of(
                                        "id",
                                        objectiveId,
                                        "title",
                                        "Grow share of wallet",
                                        "metric",
                                        "share of wallet %",
                                        "target",
                                        35,
                                        "dueDate",
                                        LocalDate.now().plusYears(1).toString(),
                                        "owner",
                                        manager)),
                                "opportunities",
                                List.of(Map.of(
                                        "id",
                                        opportunityId,
                                        "name",
                                        "Private label range",
                                        "value",
                                        1200000,
                                        "currency",
                                        "EUR",
                                        "probability",
                                        0.4,
                                        "stage",
                                        "PRE_SALES"))));
        as(am).header("If-Match", "*")
                .body(revised)
                .put(PLANS + "/" + planId)
                .then()
                .statusCode(200);
        as(ADMIN)
                .queryParam("from", 1)
                .get(PLANS + "/" + planId + "/diff")
                .then()
                .statusCode(200)
                .body("find { it.path == 'objectives[id=" + objectiveId + "].target' }.kind", equalTo("CHANGED"))
                .body("find { it.path == 'businessContext' }.kind", equalTo("REMOVED"));
        as(ADMIN)
                .get(PLANS + "/" + planId + "/revisions/1")
                .then()
                .statusCode(200)
                .body("content.objectives[0].target", equalTo(30));

        // Delivery: progress, stages and actions need no revision.
        as(am).header("If-Match", "*")
                .body(Map.of("currentValue", 36))
                .put(PLANS + "/" + planId + "/objectives/" + objectiveId + "/progress")
                .then()
                .statusCode(200);
        as(am).header("If-Match", "*")
                .body(Map.of("stage", "CONTRACT_NEGOTIATION"))
                .put(PLANS + "/" + planId + "/opportunities/" + opportunityId + "/stage")
                .then()
                .statusCode(200)
                .body("progress.stages." + opportunityId, equalTo("CONTRACT_NEGOTIATION"));
        String actionId = as(am).body(Map.of(
                        "title",
                        "Workshop with the buying centre",
                        "owner",
                        colleague,
                        "dueDate",
                        LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(),
                        "objectiveId",
                        objectiveId))
                .post(PLANS + "/" + planId + "/actions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // Ten days on, the action is overdue: reported once, counted by health, and done late.
        clock.advance(Duration.ofDays(10));
        assertThat(execution.reportOverdueActions()).isGreaterThanOrEqualTo(1);
        assertThat(execution.reportOverdueActions()).isZero();
        as(ADMIN)
                .get(PLANS + "/" + planId + "/health")
                .then()
                .statusCode(200)
                .body("overdueActions", equalTo(1))
                .body("objectivesAchieved", equalTo(1))
                .body("stale", equalTo(false));
        as(am).header("If-Match", "*")
                .body(Map.of(
                        "title",
                        "Workshop with the buying centre",
                        "owner",
                        colleague,
                        "dueDate",
                        LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(),
                        "status",
                        "DONE"))
                .put(PLANS + "/" + planId + "/actions/" + actionId)
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("overdue", equalTo(false));
        clock.advance(Duration.ofDays(100));
        as(ADMIN)
                .get(PLANS + "/" + planId + "/health")
                .then()
                .body("stale", equalTo(true))
                .body("onTimeShare", equalTo(0.0f));

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> events = kafka.read(
                    "kam.planning",
                    r -> account.toString().equals(r.key()),
                    found -> found.stream()
                            .anyMatch(r -> "kam.planning.action-completed.v1".equals(header(r, "ce_type"))),
                    Duration.ofSeconds(30));
            assertThat(events)
                    .extracting(e -> header(e, "ce_type"))
                    .containsSubsequence(
                            "kam.planning.plan-submitted.v1",
                            "kam.planning.plan-approved.v1",
                            "kam.planning.plan-revised.v1",
                            "kam.planning.objective-achieved.v1",
                            "kam.planning.opportunity-stage-changed.v1",
                            "kam.planning.action-overdue.v1",
                            "kam.planning.action-completed.v1");
            assertThat(events)
                    .filteredOn(e -> "kam.planning.action-completed.v1".equals(header(e, "ce_type")))
                    .singleElement()
                    .satisfies(e -> assertThat(e.value()).contains("\"onTime\":false"));
        }
    }

    @Test
    void satellitesCascadeFromAnObjectiveRollUpAndNeverFormACycle() {
        UUID account = registeredAccount("Globex", "gina");
        String am = TestTokens.bearer("gina", "account-manager");
        ValidatableResponse master = as(am).body(Map.of(
                        "accountId",
                        account,
                        "title",
                        "Globex master plan",
                        "periodStart",
                        "2027-01-01",
                        "content",
                        Map.of(
                                "objectives",
                                List.of(Map.of(
                                        "title",
                                        "Win the logistics tender",
                                        "metric",
                                        "tender won",
                                        "target",
                                        1,
                                        "dueDate",
                                        "2027-06-30",
                                        "owner",
                                        "gina")))))
                .post(PLANS)
                .then()
                .statusCode(201);
        String masterId = master.extract().path("id");
        String objectiveId = master.extract().path("content.objectives[0].id");
        as(am).body(Map.of(
                        "accountId",
                        account,
                        "title",
                        "Satellite",
                        "scope",
                        "DEPARTMENT",
                        "periodStart",
                        "2027-01-01",
                        "parentPlanId",
                        masterId))
                .post(PLANS)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("parentObjectiveId"));
        String satelliteId = as(am).body(Map.of(
                        "accountId",
                        account,
                        "title",
                        "Operations satellite",
                        "scope",
                        "DEPARTMENT",
                        "department",
                        "Operations",
                        "periodStart",
                        "2027-01-01",
                        "parentPlanId",
                        masterId,
                        "parentObjectiveId",
                        objectiveId,
                        "content",
                        Map.of(
                                "objectives",
                                List.of(Map.of(
                                        "title",
                                        "Bid ready",
                                        "metric",
                                        "bid",
                                        "target",
                                        1,
                                        "dueDate",
                                        "2027-05-31",
                                        "owner",
                                        "gina")))))
                .post(PLANS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(am).body(Map.of("title", "Done", "owner", "gina", "dueDate", "2027-05-01", "status", "DONE"))
                .post(PLANS + "/" + satelliteId + "/actions")
                .then()
                .statusCode(201);
        as(am).body(Map.of("title", "Open", "owner", "gina", "dueDate", "2027-05-01"))
                .post(PLANS + "/" + masterId + "/actions")
                .then()
                .statusCode(201);

        as(ADMIN)
                .get(PLANS + "/" + masterId + "/rollup")
                .then()
                .statusCode(200)
                .body("byObjective[0].satellites[0].planId", equalTo(satelliteId))
                .body("totalActions", equalTo(2))
                .body("totalActionsDone", equalTo(1))
                .body("totalDoneShare", equalTo(0.5f));

        // Making the master a satellite of its own satellite is refused.
        String satelliteObjective =
                as(ADMIN).get(PLANS + "/" + satelliteId).then().extract().path("content.objectives[0].id");
        as(am).header("If-Match", "*")
                .body(Map.of(
                        "title",
                        "Globex master plan",
                        "scope",
                        "DEPARTMENT",
                        "department",
                        "Sales",
                        "periodStart",
                        "2027-01-01",
                        "parentPlanId",
                        satelliteId,
                        "parentObjectiveId",
                        satelliteObjective,
                        "content",
                        Map.of(
                                "objectives",
                                List.of(Map.of(
                                        "id",
                                        objectiveId,
                                        "title",
                                        "Win the logistics tender",
                                        "metric",
                                        "tender won",
                                        "target",
                                        1,
                                        "dueDate",
                                        "2027-06-30",
                                        "owner",
                                        "gina")))))
                .put(PLANS + "/" + masterId)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("parentPlanId"));
        as(am).body(Map.of("accountId", account, "title", "x", "periodStart", "2027-01-01", "horizonYears", 0))
                .post(PLANS)
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("horizonYears"));
    }

    @Test
    void reviewActionItemsBecomePlanActionsOnceEach() throws Exception {
        UUID account = registeredAccount("Initech", "ian");
        UUID review = UUID.randomUUID();
        ReviewCompleted completed = new ReviewCompleted(
                review,
                account,
                LocalDate.now(),
                List.of(
                        new ReviewCompleted.ActionItem(
                                UUID.randomUUID(),
                                "Send the revised service levels",
                                "ian",
                                LocalDate.now().plusDays(30)),
                        new ReviewCompleted.ActionItem(
                                UUID.randomUUID(),
                                "Invite their CFO",
                                "ian",
                                LocalDate.now().plusDays(30))));
        UUID eventId = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.sendEvent("kam.reviews", "/kam/review-service", eventId, completed, json);
            // The same event again, and the same items in another event: still one action per item.
            kafka.sendEvent("kam.reviews", "/kam/review-service", eventId, completed, json);
            kafka.sendEvent("kam.reviews", "/kam/review-service", completed, json);
        }
        String planId = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> as(ADMIN)
                                .queryParam("accountId", account.toString())
                                .get(PLANS)
                                .then()
                                .extract()
                                .path("items[0].id"),
                        id -> id != null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(ADMIN)
                .get(PLANS + "/" + planId + "/actions")
                .then()
                .body("items.size()", equalTo(2))
                .body("items.origin", equalTo(List.of("REVIEW", "REVIEW"))));
        // Let the third delivery be handled too before counting again.
        Thread.sleep(1000);
        as(ADMIN).get(PLANS + "/" + planId + "/actions").then().body("items.size()", equalTo(2));
    }

    @Test
    void theGeneratedSpecMatchesTheCommittedSnapshot() {
        String spec = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        OpenApiSnapshot.assertMatches(spec, Path.of("openapi/planning-service.json"));
    }

    @Test
    void plansComeOutAsCsvAndNdjsonAndDraftsComeInAllOrNothing() {
        UUID account = registeredAccount("Initech", "ivan");
        String file = """
                {"accountId": "%1$s", "title": "Initech plan A", "periodStart": "2027-01-01"}
                {"accountId": "%1$s", "title": "Initech plan B", "periodStart": "2027-01-01", "horizonYears": 2}
                """.formatted(account);
        given().header("Authorization", ADMIN)
                .contentType("application/x-ndjson")
                .body((file + "{\"accountId\": \"%s\", \"periodStart\": \"2027-01-01\"}\n".formatted(account))
                        .getBytes(StandardCharsets.UTF_8))
                .post(PLANS + "/bulk")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("rows[3].title"));
        as(ADMIN)
                .queryParam("accountId", account.toString())
                .get(PLANS)
                .then()
                .body("items.title", not(hasItem("Initech plan A")));

        given().header("Authorization", ADMIN)
                .contentType("application/x-ndjson")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post(PLANS + "/bulk")
                .then()
                .statusCode(200)
                .body("drafted", equalTo(2));
        String csv = given().header("Authorization", ADMIN)
                .accept("text/csv")
                .queryParam("limit", 10_000)
                .get(PLANS + "/bulk")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,").contains("title");
        assertThat(csv).contains("Initech plan A").contains("Initech plan B");
        String first = given().header("Authorization", ADMIN)
                .accept("application/x-ndjson")
                .queryParam("limit", 1)
                .get(PLANS + "/bulk")
                .then()
                .statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .extract()
                .asString();
        assertThat(first.lines().count()).isEqualTo(1);
    }

    private UUID registeredAccount(String name, String manager) {
        UUID account = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.sendEvent(
                    "kam.accounts",
                    "/kam/account-service",
                    new AccountRegistered(account, SampleEvents.account(name, manager)),
                    json);
        }
        as(ADMIN)
                .queryParam("accountId", account.toString())
                .get(PLANS)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200);
        // Known once planning has the registration: a UNIT plan without its master is then refused with 422, not 404.
        await().atMost(Duration.ofSeconds(30)).until(() -> accountKnown(account));
        return account;
    }

    private boolean accountKnown(UUID account) {
        int status = as(ADMIN)
                .body(Map.of("accountId", account, "title", "probe", "periodStart", "2027-01-01", "scope", "UNIT"))
                .post(PLANS)
                .then()
                .log()
                .ifValidationFails()
                .extract()
                .statusCode();
        assertThat(status).isIn(404, 422);
        return status == 422;
    }

    private static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    @Test
    void everyOperationAnswersEachRoleAsItsCommittedDocumentSays() {
        // 401 without a token, 403 exactly for the roles the document does not list, never a 500.
        AccessMatrix.assertEnforced(Path.of("openapi", "planning-service.json"));
    }

    @Test
    void serverOwnedFieldsInARequestAreRefused() {
        as(ADMIN)
                .body("{\"status\": \"APPROVED\", \"revision\": 9, \"accountId\": \"" + UUID.randomUUID()
                        + "\", \"title\": \"Sneaky\", \"periodStart\": \"2027-01-01\"}")
                .post(PLANS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }
}
