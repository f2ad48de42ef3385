package kam.planning.api;

import static kam.planning.api.PlanCalls.ADMIN;
import static kam.planning.api.PlanCalls.PLANS;
import static kam.planning.api.PlanCalls.approve;
import static kam.planning.api.PlanCalls.as;
import static kam.planning.api.PlanCalls.draftedPlan;
import static kam.planning.api.PlanCalls.eventsUntil;
import static kam.planning.api.PlanCalls.keyAccountWithTeam;
import static kam.platform.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kam.planning.api.PlanCalls.Team;
import kam.planning.plan.PlanExecution;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.MovableClock;
import kam.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A key account's plan from draft to delivery: committed, approved, revised, delivered; each step on its own plan. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PlanLifecycleApiTest {
    private final String bootstrapServers;
    private final ObjectMapper json;
    private final MovableClock clock;
    private final PlanExecution execution;

    PlanLifecycleApiTest(
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
    void enteringAKeyTierStartsADraftThatTheTeamAloneEditsWithIfMatch() {
        Team team = keyAccountWithTeam(bootstrapServers, json);
        String planId = draftedPlan(team);
        as(ADMIN)
                .get(PLANS + "/coverage")
                .then()
                .statusCode(200)
                .body("accountId", hasItem(team.account().toString()));

        as(team.managerToken())
                .body(draft(team))
                .put(PLANS + "/" + planId)
                .then()
                .statusCode(428);
        as(team.managerToken())
                .header("If-Match", "\"0\"")
                .body(draft(team))
                .put(PLANS + "/" + planId)
                .then()
                .statusCode(200)
                .body("title", equalTo("Acme 2027-2029"))
                .body("allowedTransitions", equalTo(List.of("submit", "close")));
        as(TestTokens.bearer("stranger", "account-manager"))
                .header("If-Match", "*")
                .body(draft(team))
                .put(PLANS + "/" + planId)
                .then()
                .statusCode(403);
        as(team.mentorToken())
                .header("If-Match", "*")
                .post(PLANS + "/" + planId + "/approve")
                .then()
                .statusCode(409)
                .body("detail", containsString("allowed: submit, close"));
    }

    @Test
    void aSubmittedPlanIsApprovedOnlyOnceTheWholeCoreTeamHasCommitted() {
        Team team = keyAccountWithTeam(bootstrapServers, json);
        String planId = edited(team).extract().path("id");

        as(team.managerToken())
                .header("If-Match", "*")
                .post(PLANS + "/" + planId + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body(
                        "pendingCommitments",
                        equalTo(List.of(team.colleague(), team.manager()).stream()
                                .sorted()
                                .toList()));
        as(team.mentorToken())
                .header("If-Match", "*")
                .post(PLANS + "/" + planId + "/approve")
                .then()
                .statusCode(409)
                .body("detail", containsString(team.colleague()));
        for (String member : List.of(team.colleagueToken(), team.managerToken())) {
            as(member)
                    .header("If-Match", "*")
                    .post(PLANS + "/" + planId + "/commit")
                    .then()
                    .statusCode(200);
        }
        as(team.mentorToken())
                .header("If-Match", "*")
                .post(PLANS + "/" + planId + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedRevision", equalTo(1));

        as(ADMIN)
                .get(PLANS + "/coverage")
                .then()
                .body("accountId", not(hasItem(team.account().toString())));
        assertThat(eventsUntil(bootstrapServers, team.account(), "kam.planning.plan-approved.v1"))
                .extracting(e -> header(e, "ce_type"))
                .containsSubsequence("kam.planning.plan-submitted.v1", "kam.planning.plan-approved.v1");
    }

    @Test
    void anApprovedRevisionNeverChangesAndTheNextOneIsDiffedAgainstIt() {
        Team team = keyAccountWithTeam(bootstrapServers, json);
        Approved plan = approvedDraft(team);
        String planId = plan.id();
        String objectiveId = plan.objectiveId();
        String opportunityId = plan.opportunityId();

        as(team.managerToken())
                .header("If-Match", "*")
                .body(draft(team))
                .put(PLANS + "/" + planId)
                .then()
                .statusCode(409)
                .body("detail", containsString("start a revision"));
        as(team.managerToken())
                .header("If-Match", "*")
                .post(PLANS + "/" + planId + "/revise")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("revision", equalTo(2))
                .body("approvedRevision", equalTo(1));
        as(team.managerToken())
                .header("If-Match", "*")
                .body(revised(team, objectiveId, opportunityId))
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
        assertThat(eventsUntil(bootstrapServers, team.account(), "kam.planning.plan-revised.v1"))
                .extracting(e -> header(e, "ce_type"))
                .contains("kam.planning.plan-revised.v1");
    }

    @Test
    void progressAndStagesNeedNoRevisionAndAnObjectiveReachedIsAchieved() {
        Team team = keyAccountWithTeam(bootstrapServers, json);
        Approved plan = approvedDraft(team);
        String planId = plan.id();
        String objectiveId = plan.objectiveId();
        String opportunityId = plan.opportunityId();

        as(team.managerToken())
                .header("If-Match", "*")
                .body(Map.of("currentValue", 36))
                .put(PLANS + "/" + planId + "/objectives/" + objectiveId + "/progress")
                .then()
                .statusCode(200);
        as(team.managerToken())
                .header("If-Match", "*")
                .body(Map.of("stage", "CONTRACT_NEGOTIATION"))
                .put(PLANS + "/" + planId + "/opportunities/" + opportunityId + "/stage")
                .then()
                .statusCode(200)
                .body("progress.stages." + opportunityId, equalTo("CONTRACT_NEGOTIATION"));

        as(ADMIN).get(PLANS + "/" + planId + "/health").then().body("objectivesAchieved", equalTo(1));
        assertThat(eventsUntil(bootstrapServers, team.account(), "kam.planning.opportunity-stage-changed.v1"))
                .extracting(e -> header(e, "ce_type"))
                .containsSubsequence("kam.planning.objective-achieved.v1", "kam.planning.opportunity-stage-changed.v1");
    }

    @Test
    void anOverdueActionIsReportedOnceCountedByHealthAndDoneLate() {
        Team team = keyAccountWithTeam(bootstrapServers, json);
        Approved plan = approvedDraft(team);
        String planId = plan.id();
        Map<String, Object> action = Map.of(
                "title", "Workshop with the buying centre",
                "owner", team.colleague(),
                "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(),
                "objectiveId", plan.objectiveId());
        String actionId = as(team.managerToken())
                .body(action)
                .post(PLANS + "/" + planId + "/actions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        clock.advance(Duration.ofDays(10));
        assertThat(execution.reportOverdueActions()).isGreaterThanOrEqualTo(1);
        assertThat(execution.reportOverdueActions()).isZero();
        as(ADMIN)
                .get(PLANS + "/" + planId + "/health")
                .then()
                .statusCode(200)
                .body("overdueActions", equalTo(1))
                .body("stale", equalTo(false));
        Map<String, Object> done = new java.util.HashMap<>(action);
        done.remove("objectiveId");
        done.put("status", "DONE");
        as(team.managerToken())
                .header("If-Match", "*")
                .body(done)
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

        List<ConsumerRecord<String, String>> events =
                eventsUntil(bootstrapServers, team.account(), "kam.planning.action-completed.v1");
        assertThat(events)
                .extracting(e -> header(e, "ce_type"))
                .containsSubsequence("kam.planning.action-overdue.v1", "kam.planning.action-completed.v1");
        assertThat(events)
                .filteredOn(e -> "kam.planning.action-completed.v1".equals(header(e, "ce_type")))
                .singleElement()
                .satisfies(e -> assertThat(e.value()).contains("\"onTime\":false"));
    }

    /** An approved plan, with the ids of the objective and the opportunity its {@link #draft} added. */
    private record Approved(String id, String objectiveId, String opportunityId) {}

    private static Approved approvedDraft(Team team) {
        ValidatableResponse edited = edited(team);
        Approved plan = new Approved(
                edited.extract().path("id"),
                edited.extract().path("content.objectives[0].id"),
                edited.extract().path("content.opportunities[0].id"));
        approve(team, plan.id());
        return plan;
    }

    /** The drafted plan, edited into {@link #draft}: its answer holds the ids of what the draft added. */
    private static ValidatableResponse edited(Team team) {
        return as(team.managerToken())
                .header("If-Match", "\"0\"")
                .body(draft(team))
                .put(PLANS + "/" + draftedPlan(team))
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> draft(Team team) {
        return Map.of(
                "title", "Acme 2027-2029",
                "periodStart", "2027-01-01",
                "content",
                        Map.of(
                                "businessContext", "Grocery retailer growing its private label",
                                "objectives", List.of(objective(null, 30, team)),
                                "opportunities", List.of(opportunity(null)),
                                "risks",
                                        List.of(Map.of(
                                                "description", "Buyer changes",
                                                "severity", "HIGH",
                                                "likelihood", "MEDIUM",
                                                "owner", team.manager())),
                                "engagement",
                                        List.of(Map.of(
                                                "teamMember",
                                                team.colleague(),
                                                "stakeholderName",
                                                "Head of buying",
                                                "everyDays",
                                                30))));
    }

    private static Map<String, Object> revised(Team team, String objectiveId, String opportunityId) {
        return Map.of(
                "title", "Acme 2027-2029",
                "periodStart", "2027-01-01",
                "content",
                        Map.of(
                                "objectives", List.of(objective(objectiveId, 35, team)),
                                "opportunities", List.of(opportunity(opportunityId))));
    }

    private static Map<String, Object> objective(String id, int target, Team team) {
        Map<String, Object> objective = new java.util.HashMap<>(Map.of(
                "title",
                "Grow share of wallet",
                "metric",
                "share of wallet %",
                "target",
                target,
                "dueDate",
                LocalDate.now().plusYears(1).toString(),
                "owner",
                team.manager()));
        if (id != null) {
            objective.put("id", id);
        }
        return objective;
    }

    private static Map<String, Object> opportunity(String id) {
        Map<String, Object> opportunity = new java.util.HashMap<>(Map.of(
                "name", "Private label range",
                "value", 1200000,
                "currency", "EUR",
                "probability", 0.4,
                "stage", "PRE_SALES"));
        if (id != null) {
            opportunity.put("id", id);
        }
        return opportunity;
    }
}
