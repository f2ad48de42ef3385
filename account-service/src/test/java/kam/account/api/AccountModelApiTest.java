package kam.account.api;

import static io.restassured.RestAssured.given;
import static kam.account.api.AccountCalls.ACCOUNTS;
import static kam.account.api.AccountCalls.ADMIN;
import static kam.account.api.AccountCalls.PROBLEM;
import static kam.account.api.AccountCalls.account;
import static kam.account.api.AccountCalls.as;
import static kam.account.api.AccountCalls.events;
import static kam.account.api.AccountCalls.register;
import static kam.platform.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Team, decision-making unit, relationships, the map and its coverage, and who may change them. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AccountModelApiTest {

    private final String bootstrapServers;

    AccountModelApiTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Test
    void aTeamHasOneAccountManagerAtATimeAndTheOwnerFollowsIt() {
        String account = register("Team " + UUID.randomUUID(), "amelia");
        String team = ACCOUNTS + "/" + account + "/team";
        as(ADMIN).get(team).then().statusCode(200).body("items.userId", hasItems("amelia"));

        as(ADMIN)
                .body(Map.of("userId", "bob", "role", "ACCOUNT_MANAGER"))
                .post(team)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("amelia"));
        as(ADMIN)
                .body(Map.of("userId", "amelia", "role", "TECHNICAL"))
                .post(team)
                .then()
                .statusCode(409);
        as(ADMIN).body(Map.of("userId", "sam", "role", "CEO")).post(team).then().statusCode(400);

        String amelia = as(ADMIN).get(team).then().extract().path("items.find { it.userId == 'amelia' }.id");
        as(ADMIN)
                .header("If-Match", "\"0\"")
                .body(Map.of("role", "COMMERCIAL"))
                .put(team + "/" + amelia)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        as(ADMIN).get(ACCOUNTS + "/" + account).then().body("ownerId", equalTo(null));
        as(ADMIN)
                .body(Map.of("userId", "bob", "role", "ACCOUNT_MANAGER"))
                .post(team)
                .then()
                .statusCode(201);
        as(ADMIN).get(ACCOUNTS + "/" + account).then().body("ownerId", equalTo("bob"));

        List<String> changes = events(bootstrapServers, account, 3).stream()
                .filter(e -> "kam.account.team-changed.v1".equals(header(e, "ce_type")))
                .map(ConsumerRecord::value)
                .toList();
        assertThat(changes).hasSize(3);
        assertThat(changes.get(2)).contains("\"accountManagerId\":\"bob\"").contains("\"change\":\"ADDED\"");
    }

    @Test
    void theOrgChartStaysATreeAndDmuAttributesAreChecked() {
        String account = register("DMU " + UUID.randomUUID(), "amelia");
        String people = ACCOUNTS + "/" + account + "/stakeholders";
        as(ADMIN)
                .header("If-Match", "*")
                .body(Map.of("type", "CHOICE", "allowedValues", List.of("email", "phone")))
                .put("/api/v1/dmu-attributes/preferredChannel")
                .then()
                .statusCode(200);
        // The attributes' first address still answers, with the same attributes.
        as(ADMIN)
                .get(ACCOUNTS + "/dmu-attributes")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("preferredChannel"));
        String ceo = add(people, stakeholder("CEO", null, "CHAMPION", List.of("ECONOMIC_BUYER")));
        String cfo = add(people, stakeholder("CFO", ceo, "NEUTRAL", List.of("DECISION_MAKER")));

        as(ADMIN)
                .header("If-Match", "\"0\"")
                .body(stakeholder("CEO", cfo, "CHAMPION", List.of("ECONOMIC_BUYER")))
                .put(people + "/" + ceo)
                .then()
                .statusCode(409)
                .body("detail", containsString("cycle"));
        as(ADMIN)
                .body(stakeholder("Ghost", UUID.randomUUID().toString(), "NEUTRAL", List.of()))
                .post(people)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("reportsToId"));

        Map<String, Object> wrong = stakeholder("Buyer", cfo, "NEUTRAL", List.of("USER"));
        wrong.put("attributes", Map.of("preferredChannel", "pigeon", "shoeSize", 44));
        as(ADMIN)
                .body(wrong)
                .post(people)
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("attributes.preferredChannel", "attributes.shoeSize"));
        Map<String, Object> right = stakeholder("Buyer", cfo, "NEUTRAL", List.of("USER"));
        right.put("attributes", Map.of("preferredChannel", "phone"));
        as(ADMIN).body(right).post(people).then().statusCode(201).body("attributes.preferredChannel", equalTo("phone"));
        Map<String, Object> outOfRange = stakeholder("Loud", null, "NEUTRAL", List.of());
        outOfRange.put("influence", 9);
        as(ADMIN)
                .body(outOfRange)
                .post(people)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("influence"));

        as(ADMIN).header("If-Match", "\"0\"").delete(people + "/" + ceo).then().statusCode(409);
        as(ADMIN).get(people).then().body("items", hasSize(3));
    }

    @Test
    void theRelationshipMapShowsTheCoverageAndDrawsTheOrgChart() {
        String account = register("Map " + UUID.randomUUID(), "amelia");
        String base = ACCOUNTS + "/" + account;
        String sponsor = as(ADMIN)
                .body(Map.of("userId", "sam", "role", "EXECUTIVE_SPONSOR"))
                .post(base + "/team")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String ceo = add(base + "/stakeholders", stakeholder("CEO", null, "SCEPTIC", List.of("ECONOMIC_BUYER")));
        String coo = add(base + "/stakeholders", stakeholder("COO", ceo, "CHAMPION", List.of("DECISION_MAKER")));

        as(ADMIN)
                .body(relationship(sponsor, coo, 5, LocalDate.now().minusDays(40), 30))
                .post(base + "/relationships")
                .then()
                .statusCode(201)
                .body("overdue", equalTo(true));
        as(ADMIN)
                .body(relationship(sponsor, coo, 2, null, null))
                .post(base + "/relationships")
                .then()
                .statusCode(409);
        as(ADMIN)
                .body(relationship(UUID.randomUUID().toString(), coo, 2, null, null))
                .post(base + "/relationships")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("teamMemberId"));

        as(TestTokens.bearer("val", "viewer"))
                .get(base + "/relationship-map")
                .then()
                .statusCode(200)
                .body("stakeholders", hasSize(2))
                .body("team", hasSize(2))
                .body("relationships", hasSize(1))
                .body("coverage.status", equalTo(3))
                .body("coverage.keyPlayersWithoutStrongRelationship", equalTo(List.of(ceo)))
                .body("coverage.singleThreaded", equalTo(true))
                .body("coverage.strongRelationshipHolders", equalTo(List.of("sam")))
                .body("coverage.overdueRelationships", hasSize(1))
                .body("coverage.profileComplete", equalTo(true));

        String svg = as(ADMIN)
                .accept("image/svg+xml")
                .get(base + "/relationship-map/svg")
                .then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .extract()
                .asString();
        assertThat(svg).startsWith("<svg").contains("data-id=\"" + coo + "\"").contains("data-attitude=\"SCEPTIC\"");

        assertThat(events(bootstrapServers, account, 6).stream().map(e -> header(e, "ce_type")))
                .contains("kam.account.stakeholder-added.v1", "kam.account.relationship-changed.v1");
        // Coverage went 0 -> 2 (a sceptic economic buyer) -> 3 (a champion who decides), each published once.
        assertThat(events(bootstrapServers, account, 9).stream()
                        .filter(e -> "kam.account.coverage-changed.v1".equals(header(e, "ce_type")))
                        .map(ConsumerRecord::value))
                .hasSize(3)
                .anySatisfy(value -> assertThat(value).contains("\"status\":2"))
                .last()
                .satisfies(value -> assertThat(value).contains("\"status\":3").contains("\"profileComplete\":true"));
    }

    @Test
    void onlyTheAccountsTeamAndKamAdminsChangeItsParts() {
        String account = register("Guarded " + UUID.randomUUID(), "amelia");
        String base = ACCOUNTS + "/" + account;
        String outsider = TestTokens.bearer("otto", "account-manager");
        String member = TestTokens.bearer("amelia", "account-manager");
        String viewer = TestTokens.bearer("val", "viewer");

        as(outsider)
                .body(Map.of("userId", "otto", "role", "OTHER"))
                .post(base + "/team")
                .then()
                .statusCode(403);
        as(outsider)
                .body(stakeholder("X", null, "NEUTRAL", List.of()))
                .post(base + "/stakeholders")
                .then()
                .statusCode(403);
        as(viewer)
                .body(stakeholder("X", null, "NEUTRAL", List.of()))
                .post(base + "/stakeholders")
                .then()
                .statusCode(403);
        as(outsider)
                .body(Map.of("period", "2026", "revenue", "1", "currency", "EUR"))
                .post(base + "/revenue")
                .then()
                .statusCode(403);
        as(member)
                .body(Map.of("period", "2026", "revenue", "1", "currency", "EUR"))
                .post(base + "/revenue")
                .then()
                .statusCode(200);
        String person = add(base + "/stakeholders", stakeholder("Y", null, "NEUTRAL", List.of()), member);
        String ameliaId = as(member).get(base + "/team").then().extract().path("items[0].id");
        as(member)
                .body(relationship(ameliaId, person, 3, null, null))
                .post(base + "/relationships")
                .then()
                .statusCode(201);
        as(member)
                .header("If-Match", "\"0\"")
                .delete(base + "/team/" + ameliaId)
                .then()
                .statusCode(409);
        as(member)
                .contentType("text/csv")
                .body("accountId,period,revenue,margin,categorySpend,currency\n")
                .post(ACCOUNTS + "/revenue-imports")
                .then()
                .statusCode(403);
    }

    @Test
    void everyWriteOfEachPartOfTheAccountRefusesSomeoneOutsideItsTeamWhateverTheVersion() {
        String account = register("Guarded " + UUID.randomUUID(), "amelia");
        String base = ACCOUNTS + "/" + account;
        String outsider = TestTokens.bearer("otto", "account-manager");
        String member = TestTokens.bearer("amelia", "account-manager");
        String person = add(base + "/stakeholders", stakeholder("Y", null, "NEUTRAL", List.of()), member);
        String ameliaId = as(member).get(base + "/team").then().extract().path("items[0].id");
        String relationshipId = add(base + "/relationships", relationship(ameliaId, person, 3, null, null), member);

        as(outsider)
                .body(relationship(ameliaId, person, 1, null, null))
                .post(base + "/relationships")
                .then()
                .statusCode(403);
        as(outsider)
                .header("If-Match", "*")
                .body(Map.of("strength", 1))
                .put(base + "/relationships/" + relationshipId)
                .then()
                .statusCode(403);
        as(outsider)
                .header("If-Match", "*")
                .delete(base + "/relationships/" + relationshipId)
                .then()
                .statusCode(403);
        as(outsider)
                .header("If-Match", "*")
                .body(stakeholder("Z", null, "BLOCKER", List.of()))
                .put(base + "/stakeholders/" + person)
                .then()
                .statusCode(403);
        as(outsider)
                .header("If-Match", "*")
                .delete(base + "/stakeholders/" + person)
                .then()
                .statusCode(403);
        as(outsider)
                .header("If-Match", "*")
                .body(Map.of("role", "OTHER"))
                .put(base + "/team/" + ameliaId)
                .then()
                .statusCode(403);
        as(outsider)
                .header("If-Match", "*")
                .delete(base + "/team/" + ameliaId)
                .then()
                .statusCode(403);
        as(member)
                .header("If-Match", "*")
                .body(Map.of("type", "TEXT"))
                .put(ACCOUNTS + "/dmu-attributes/nickname")
                .then()
                .statusCode(403);
        as(ADMIN)
                .get(base + "/relationships/" + relationshipId)
                .then()
                .statusCode(200)
                .body("strength", equalTo(3));
        as(ADMIN).get(base + "/stakeholders/" + person).then().statusCode(200).body("attitude", equalTo("NEUTRAL"));

        as(TestTokens.bearer("val", "viewer"))
                .get(base + "/relationship-map")
                .then()
                .statusCode(200);
        given().get(base + "/team").then().statusCode(401);
    }

    private static String add(String path, Map<String, Object> body) {
        return add(path, body, ADMIN);
    }

    private static String add(String path, Map<String, Object> body, String bearer) {
        return as(bearer).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> stakeholder(String name, String reportsTo, String attitude, List<String> roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("reportsToId", reportsTo);
        body.put("attitude", attitude);
        body.put("influence", 4);
        body.put("buyingRoles", roles);
        return body;
    }

    private static Map<String, Object> relationship(
            String member, String stakeholder, int strength, LocalDate lastContact, Integer every) {
        Map<String, Object> body = new HashMap<>();
        body.put("teamMemberId", member);
        body.put("stakeholderId", stakeholder);
        body.put("strength", strength);
        body.put("lastContact", lastContact == null ? null : lastContact.toString());
        body.put("contactFrequencyDays", every);
        return body;
    }
}
