package kam.account.api;

import static kam.account.api.AccountCalls.ACCOUNTS;
import static kam.account.api.AccountCalls.ADMIN;
import static kam.account.api.AccountCalls.PROBLEM;
import static kam.account.api.AccountCalls.as;
import static kam.account.api.AccountCalls.events;
import static kam.account.api.AccountCalls.profile;
import static kam.account.api.AccountCalls.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.testing.KamTestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The ids other systems know accounts by: set with the profile, one account per system and id, found by a query, on
 * every account event, and an upsert by another system's own id as strict as any write.
 */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ExternalRefsApiTest {
    private final String bootstrapServers;
    private final ObjectMapper json;

    ExternalRefsApiTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    @Test
    void anAccountCarriesItsExternalIdsFindableAndOnItsEventsAndAnIdNamesOneAccount() throws Exception {
        String erp = "C-" + UUID.randomUUID();
        String first = register(withRefs("Contoso Foods", Map.of("erp", erp, "crm", "0015g" + erp)));
        as(ADMIN)
                .queryParam("externalRef", "erp:" + erp)
                .get(ACCOUNTS)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(first))
                .body("items[0].externalRefs.crm", equalTo("0015g" + erp));
        as(ADMIN)
                .queryParam("externalRef", "erp:nobody-" + erp)
                .get(ACCOUNTS)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        as(ADMIN)
                .queryParam("externalRef", "erp")
                .get(ACCOUNTS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("externalRef"));

        as(ADMIN)
                .body(withRefs("Contoso Copy", Map.of("erp", erp)))
                .post(ACCOUNTS)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString(first));
        as(ADMIN)
                .body(withRefs("Bad Refs", Map.of("ERP system", "x")))
                .post(ACCOUNTS)
                .then()
                .statusCode(400)
                .body("violations[0].field", startsWith("externalRefs"));

        List<ConsumerRecord<String, String>> told = events(bootstrapServers, first, 1);
        JsonNode registered = json.readTree(told.get(0).value());
        assertThat(registered.at("/account/externalRefs"))
                .as("a list of {system, id}, which a later version can add fields to")
                .anySatisfy(ref -> {
                    assertThat(ref.path("system").asText()).isEqualTo("erp");
                    assertThat(ref.path("id").asText()).isEqualTo(erp);
                });
    }

    @Test
    void anImportClaimingOneIdTwiceIsRefusedNamingTheRowAndStoresNothing() {
        String erp = "C-" + UUID.randomUUID();
        String rows = "{\"name\": \"First " + erp + "\", \"currency\": \"EUR\", \"externalRefs\": {\"erp\": \"" + erp
                + "\"}}\n{\"name\": \"Second " + erp + "\", \"currency\": \"EUR\", \"externalRefs\": {\"erp\": \""
                + erp + "\"}}\n";
        as(ADMIN)
                .contentType("application/x-ndjson")
                .body(rows.getBytes(StandardCharsets.UTF_8))
                .post(ACCOUNTS + "/bulk")
                .then()
                .statusCode(400)
                .body("violations[0].field", startsWith("rows[2]"))
                .body("violations[0].message", containsString("held by account"));
        as(ADMIN).queryParam("externalRef", "erp:" + erp).get(ACCOUNTS).then().body("items", hasSize(0));
    }

    @Test
    void anotherSystemUpsertsByItsOwnIdRegisteringOnceThenReplacingWithIfMatch() {
        String id = "C-" + UUID.randomUUID();
        String path = "/api/v1/account-refs/erp/" + id;
        String created = as(ADMIN)
                .body(profile("Northwind Retail Group"))
                .put(path)
                .then()
                .statusCode(201)
                .header("Location", containsString(ACCOUNTS + "/"))
                .body("externalRefs.erp", equalTo(id))
                .extract()
                .path("id");
        as(ADMIN).get(path).then().statusCode(200).body("id", equalTo(created));

        as(ADMIN).body(profile("Northwind Retail Group plc")).put(path).then().statusCode(428);
        as(ADMIN)
                .header("If-Match", "\"0\"")
                .body(profile("Northwind Retail Group plc"))
                .put(path)
                .then()
                .statusCode(200)
                .body("id", equalTo(created))
                .body("name", equalTo("Northwind Retail Group plc"))
                .body("externalRefs.erp", equalTo(id));
        as(ADMIN)
                .header("If-Match", "\"1\"")
                .body(withRefs("Northwind", Map.of("erp", "C-other")))
                .put(path)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("externalRefs.erp"));
        as(ADMIN)
                .header("If-Match", "\"0\"")
                .body(profile("Nobody"))
                .put("/api/v1/account-refs/erp/none-" + id)
                .then()
                .statusCode(412);
        as(ADMIN).get("/api/v1/account-refs/erp/none-" + id).then().statusCode(404);
        as(ADMIN).get("/api/v1/account-refs/ERP/" + id).then().statusCode(400);
    }

    private static Map<String, Object> withRefs(String name, Map<String, String> refs) {
        Map<String, Object> body = new HashMap<>(profile(name + " " + UUID.randomUUID()));
        body.put("externalRefs", refs);
        return body;
    }
}
