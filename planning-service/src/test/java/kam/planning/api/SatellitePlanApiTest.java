package kam.planning.api;

import static kam.planning.api.PlanCalls.ADMIN;
import static kam.planning.api.PlanCalls.PLANS;
import static kam.planning.api.PlanCalls.as;
import static kam.planning.api.PlanCalls.registeredAccount;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Satellite plans: each serves an objective of its master, rolls up into it, and never forms a cycle. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SatellitePlanApiTest {
    private static final String OWNER = "gina";
    private static final String AM = TestTokens.bearer(OWNER, "account-manager");

    private final String bootstrapServers;
    private final ObjectMapper json;

    SatellitePlanApiTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    /** A master plan, its objective, and an Operations satellite serving that objective. */
    private record Cascade(UUID account, String master, String objective, String satellite) {}

    @Test
    void aSatelliteMustNameTheObjectiveItServesAndAPlanItsHorizon() {
        UUID account = registeredAccount(bootstrapServers, json, "Globex", OWNER);
        String master = master(account).extract().path("id");

        Map<String, Object> satellite = new HashMap<>(Map.of(
                "accountId",
                account,
                "title",
                "Satellite",
                "scope",
                "DEPARTMENT",
                "periodStart",
                "2027-01-01",
                "parentPlanId",
                master));
        as(AM).body(satellite)
                .post(PLANS)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("parentObjectiveId"));
        as(AM).body(Map.of("accountId", account, "title", "x", "periodStart", "2027-01-01", "horizonYears", 0))
                .post(PLANS)
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("horizonYears"));
    }

    @Test
    void aSatellitesActionsRollUpIntoTheObjectiveOfItsMaster() {
        Cascade cascade = cascade();
        as(AM).body(Map.of("title", "Done", "owner", OWNER, "dueDate", "2027-05-01", "status", "DONE"))
                .post(PLANS + "/" + cascade.satellite() + "/actions")
                .then()
                .statusCode(201);
        as(AM).body(Map.of("title", "Open", "owner", OWNER, "dueDate", "2027-05-01"))
                .post(PLANS + "/" + cascade.master() + "/actions")
                .then()
                .statusCode(201);

        as(ADMIN)
                .get(PLANS + "/" + cascade.master() + "/rollup")
                .then()
                .statusCode(200)
                .body("byObjective[0].satellites[0].planId", equalTo(cascade.satellite()))
                .body("totalActions", equalTo(2))
                .body("totalActionsDone", equalTo(1))
                .body("totalDoneShare", equalTo(0.5f));
    }

    @Test
    void aMasterCannotBecomeASatelliteOfItsOwnSatellite() {
        Cascade cascade = cascade();
        String satelliteObjective = as(ADMIN)
                .get(PLANS + "/" + cascade.satellite())
                .then()
                .extract()
                .path("content.objectives[0].id");

        as(AM).header("If-Match", "*")
                .body(Map.of(
                        "title", "Globex master plan",
                        "scope", "DEPARTMENT",
                        "department", "Sales",
                        "periodStart", "2027-01-01",
                        "parentPlanId", cascade.satellite(),
                        "parentObjectiveId", satelliteObjective,
                        "content",
                                Map.of(
                                        "objectives",
                                        List.of(objective(
                                                cascade.objective(), "Win the logistics tender", "2027-06-30")))))
                .put(PLANS + "/" + cascade.master())
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("parentPlanId"));
    }

    @Test
    void aUnitOfAGroupIsPlannedInASatelliteOfTheGroupsMasterPlanNotInAMasterOfItsOwn() {
        UUID group = registeredAccount(bootstrapServers, json, "Contoso Foods", OWNER);
        UUID unit = registeredAccount(bootstrapServers, json, "Contoso Foods Germany", OWNER, group);
        as(AM).body(Map.of("accountId", unit, "title", "Germany's own plan", "periodStart", "2027-01-01"))
                .post(PLANS)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("scope"))
                .body("detail", containsString(group.toString()));

        ValidatableResponse master = master(group);
        as(AM).body(Map.of(
                        "accountId",
                        group,
                        "title",
                        "Germany satellite",
                        "scope",
                        "UNIT",
                        "unitAccountId",
                        unit,
                        "periodStart",
                        "2027-01-01",
                        "parentPlanId",
                        master.extract().path("id"),
                        "parentObjectiveId",
                        master.extract().path("content.objectives[0].id")))
                .post(PLANS)
                .then()
                .statusCode(201)
                .body("unitAccountId", equalTo(unit.toString()));
    }

    private Cascade cascade() {
        UUID account = registeredAccount(bootstrapServers, json, "Globex", OWNER);
        ValidatableResponse master = master(account);
        String masterId = master.extract().path("id");
        String objectiveId = master.extract().path("content.objectives[0].id");
        String satelliteId = as(AM).body(Map.of(
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
                        Map.of("objectives", List.of(objective(null, "Bid ready", "2027-05-31")))))
                .post(PLANS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Cascade(account, masterId, objectiveId, satelliteId);
    }

    private static ValidatableResponse master(UUID account) {
        return as(AM).body(Map.of(
                        "accountId",
                        account,
                        "title",
                        "Globex master plan",
                        "periodStart",
                        "2027-01-01",
                        "content",
                        Map.of("objectives", List.of(objective(null, "Win the logistics tender", "2027-06-30")))))
                .post(PLANS)
                .then()
                .statusCode(201);
    }

    private static Map<String, Object> objective(String id, String title, String dueDate) {
        Map<String, Object> objective = new HashMap<>(Map.of(
                "title", title,
                "metric", title.equals("Bid ready") ? "bid" : "tender won",
                "target", 1,
                "dueDate", dueDate,
                "owner", OWNER));
        if (id != null) {
            objective.put("id", id);
        }
        return objective;
    }
}
