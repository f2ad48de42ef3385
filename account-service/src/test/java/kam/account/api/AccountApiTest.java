package kam.account.api;

import static io.restassured.RestAssured.given;
import static kam.account.api.AccountCalls.ACCOUNTS;
import static kam.account.api.AccountCalls.ADMIN;
import static kam.account.api.AccountCalls.PROBLEM;
import static kam.account.api.AccountCalls.as;
import static kam.account.api.AccountCalls.profile;
import static kam.account.api.AccountCalls.register;
import static kam.platform.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AccountApiTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private KafkaTestClient kafka;

    AccountApiTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void registeringGives201WithLocationAndETagAndPublishesTheEvent() {
        String name = "Northwind " + UUID.randomUUID();
        Response created = as(ADMIN)
                .body(profile(name))
                .post(ACCOUNTS)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("status", equalTo("ACTIVE"))
                .body("currency", equalTo("GBP"))
                .body("values", hasItems("Customers first"))
                .extract()
                .response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(ACCOUNTS + "/" + id);

        as(ADMIN).get(created.header("Location")).then().statusCode(200).header("ETag", "\"0\"");

        List<ConsumerRecord<String, String>> events = eventsOf(id, 1);
        assertThat(events).hasSize(1);
        ConsumerRecord<String, String> event = events.get(0);
        assertThat(event.key()).isEqualTo(id);
        assertThat(header(event, "ce_type")).isEqualTo("kam.account.registered.v1");
        assertThat(header(event, "ce_source")).isEqualTo("/kam/account-service");
        assertThat(header(event, "ce_subject")).isEqualTo(id);
        assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(event, "ce_id")).isNotBlank();
        assertThat(event.value()).contains(name).contains("\"accountId\":\"" + id + "\"");
    }

    @Test
    void badInputGives400ProblemNamingEachField() {
        as(ADMIN)
                .body(Map.of("name", " ", "currency", "XYZ", "country", "Narnia", "values", List.of("")))
                .post(ACCOUNTS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("violations.field", hasItems("name", "currency", "country", "values[0]"))
                .body("violations.in", hasItems("body"));

        as(ADMIN)
                .body(Map.of("name", "Typo Ltd", "currency", "EUR", "nmae", "x"))
                .post(ACCOUNTS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("nmae"));

        as(ADMIN)
                .body(Map.of("name", "Wrong Ltd", "currency", "EUR", "status", "SLEEPING"))
                .post(ACCOUNTS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"))
                .body("violations[0].message", containsString("ACTIVE"));

        as(ADMIN).body("{\"name\": ").post(ACCOUNTS).then().statusCode(400).contentType(PROBLEM);

        as(ADMIN)
                .queryParam("limit", 0)
                .get(ACCOUNTS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].in", equalTo("query"));
        as(ADMIN)
                .queryParam("sort", "revenue")
                .get(ACCOUNTS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sort"));
        as(ADMIN)
                .queryParam("status", "GONE")
                .get(ACCOUNTS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"));
        as(ADMIN)
                .queryParam("cursor", "garbage!")
                .get(ACCOUNTS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void unknownAccountsAndPathsAre404Problems() {
        as(ADMIN)
                .get(ACCOUNTS + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("title", equalTo("Not Found"));
        as(ADMIN).get("/api/v1/nowhere").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void changesNeedTheCurrentETag() {
        String id = register(profile("Stale " + UUID.randomUUID()));

        as(ADMIN)
                .body(profile("Renamed"))
                .put(ACCOUNTS + "/" + id)
                .then()
                .statusCode(428)
                .contentType(PROBLEM);
        as(ADMIN)
                .header("If-Match", "\"0\"")
                .body(profile("Renamed"))
                .put(ACCOUNTS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Renamed"));
        as(ADMIN)
                .header("If-Match", "\"0\"")
                .body(profile("Renamed again"))
                .put(ACCOUNTS + "/" + id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        as(ADMIN).get(ACCOUNTS + "/" + id).then().body("name", equalTo("Renamed"));

        as(ADMIN)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body(Map.of("industry", "Grocery", "mission", "Feed the town"))
                .patch(ACCOUNTS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("industry", equalTo("Grocery"))
                .body("name", equalTo("Renamed"));
        as(ADMIN)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"2\"")
                .body("{\"mission\": null, \"currency\": \"nope\"}")
                .patch(ACCOUNTS + "/" + id)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("currency"));

        List<ConsumerRecord<String, String>> events = eventsOf(id, 3);
        assertThat(events)
                .extracting(e -> header(e, "ce_type"))
                .containsExactly("kam.account.registered.v1", "kam.account.updated.v1", "kam.account.updated.v1");
        assertThat(events.get(2).value()).contains("\"changedFields\":[\"industry\",\"mission\"]");
    }

    @Test
    void aReplayedIdempotencyKeyReturnsTheFirstAnswerAndWritesOnce() {
        String name = "Once " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Response first =
                as(ADMIN).header("Idempotency-Key", key).body(profile(name)).post(ACCOUNTS);
        Response replay =
                as(ADMIN).header("Idempotency-Key", key).body(profile(name)).post(ACCOUNTS);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        as(ADMIN).queryParam("q", name).get(ACCOUNTS).then().body("items.size()", equalTo(1));

        as(ADMIN)
                .header("Idempotency-Key", key)
                .body(profile("Another " + name))
                .post(ACCOUNTS)
                .then()
                .statusCode(422)
                .contentType(PROBLEM);

        String id = first.path("id");
        assertThat(eventsOf(id, 2, Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void callsNeedATokenAndARoleThatAllowsThem() {
        given().get(ACCOUNTS).then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer not.a.token")
                .get(ACCOUNTS)
                .then()
                .statusCode(401)
                .contentType(PROBLEM);

        String viewer = TestTokens.bearer("val.viewer", "viewer");
        as(viewer).get(ACCOUNTS).then().statusCode(200);
        as(viewer)
                .body(profile("Not mine"))
                .post(ACCOUNTS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);

        String manager = TestTokens.bearer("mia.manager", "account-manager");
        String own = as(manager)
                .body(profile("Mine " + UUID.randomUUID()))
                .post(ACCOUNTS)
                .then()
                .statusCode(201)
                .body("ownerId", equalTo("mia.manager"))
                .extract()
                .path("id");
        as(manager)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("industry", "Energy"))
                .patch(ACCOUNTS + "/" + own)
                .then()
                .statusCode(200);

        String other = TestTokens.bearer("otto.other", "account-manager");
        as(other)
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("industry", "Mining"))
                .patch(ACCOUNTS + "/" + own)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(ADMIN).get(ACCOUNTS + "/" + own).then().body("industry", equalTo("Energy"));
    }

    @Test
    void archivingIsFinalAndLeavesTheDefaultList() {
        String name = "Archive me " + UUID.randomUUID();
        String id = register(profile(name));

        as(ADMIN).post(ACCOUNTS + "/" + id + "/archive").then().statusCode(428);
        as(ADMIN)
                .header("If-Match", "\"0\"")
                .post(ACCOUNTS + "/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .body("archivedAt", not(nullValue()));
        as(ADMIN)
                .header("If-Match", "\"1\"")
                .body(profile(name))
                .put(ACCOUNTS + "/" + id)
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
        as(ADMIN).queryParam("q", name).get(ACCOUNTS).then().body("items.size()", equalTo(0));
        as(ADMIN)
                .queryParam("q", name)
                .queryParam("status", "archived")
                .get(ACCOUNTS)
                .then()
                .body("items.size()", equalTo(1));

        assertThat(eventsOf(id, 2))
                .extracting(e -> header(e, "ce_type"))
                .containsExactly("kam.account.registered.v1", "kam.account.archived.v1");
    }

    private List<ConsumerRecord<String, String>> eventsOf(String accountId, int expected) {
        return eventsOf(accountId, expected, PATIENCE);
    }

    private List<ConsumerRecord<String, String>> eventsOf(String accountId, int expected, Duration wait) {
        return kafka.read("kam.accounts", r -> accountId.equals(r.key()), found -> found.size() >= expected, wait);
    }
}
