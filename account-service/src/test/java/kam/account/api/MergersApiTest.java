package kam.account.api;

import static kam.account.api.AccountCalls.ACCOUNTS;
import static kam.account.api.AccountCalls.ADMIN;
import static kam.account.api.AccountCalls.as;
import static kam.account.api.AccountCalls.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Companies merge and units change groups: a merger moves the merged account's team, people, relationships, units,
 * revenue and external ids to the survivor and archives it; a move tells its groups; both in events others follow.
 */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class MergersApiTest {
    private final String bootstrapServers;
    private final ObjectMapper json;

    MergersApiTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    @Test
    void theSurvivorTakesTheMergedAccountsPeopleUnitsRevenueAndIdsAndTheMergedOneIsArchived() throws Exception {
        String tag = UUID.randomUUID().toString();
        String survivor = register(account("Contoso Foods", "sara", Map.of("erp", "S-" + tag), null));
        String merged = register(account("Fabrikam Foods", "mara", Map.of("erp", "M-" + tag, "crm", "C-" + tag), null));
        String unit = register(account("Fabrikam Foods Spain", "mara", Map.of(), merged));
        String tom = join(merged, "tom-" + tag, "TECHNICAL");
        String buyer = as(ADMIN)
                .body(Map.of("name", "Head of Buying", "attitude", "SUPPORTER", "influence", 4))
                .post(ACCOUNTS + "/" + merged + "/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(ADMIN)
                .body(Map.of("teamMemberId", tom, "stakeholderId", buyer, "strength", 4))
                .post(ACCOUNTS + "/" + merged + "/relationships")
                .then()
                .statusCode(201);
        revenue(survivor, "2026", "100000");
        revenue(merged, "2026", "50000");
        revenue(merged, "2025", "30000");

        as(ADMIN)
                .header("If-Match", etag(survivor))
                .body(Map.of("mergedAccountId", merged, "reason", "Contoso acquired Fabrikam"))
                .post(ACCOUNTS + "/" + survivor + "/merge")
                .then()
                .statusCode(200)
                .body("movedUnitIds", hasItem(unit))
                .body("movedStakeholderIds", hasItem(buyer))
                .body("joinedTeamMembers", hasItems("tom-" + tag, "mara"))
                .body("movedExternalRefs.crm", equalTo("C-" + tag))
                .body("endedExternalRefs.erp", equalTo("M-" + tag))
                .body("survivor.externalRefs.erp", equalTo("S-" + tag));

        as(ADMIN)
                .get(ACCOUNTS + "/" + merged)
                .then()
                .body("status", equalTo("ARCHIVED"))
                .body("mergedIntoAccountId", equalTo(survivor));
        as(ADMIN).get(ACCOUNTS + "/" + unit).then().body("parentAccountId", equalTo(survivor));
        as(ADMIN)
                .get(ACCOUNTS + "/" + survivor + "/revenue")
                .then()
                .body("items.find { it.period == '2026' }.revenue", equalTo(150000.0f))
                .body("items.find { it.period == '2025' }.revenue", equalTo(30000.0f));
        as(ADMIN)
                .get(ACCOUNTS + "/" + survivor + "/team")
                .then()
                .body("items.find { it.userId == 'tom-" + tag + "' }.role", equalTo("TECHNICAL"))
                .body("items.find { it.userId == 'mara' }.role", equalTo("OTHER"))
                .body("items.find { it.userId == 'sara' }.role", equalTo("ACCOUNT_MANAGER"));
        as(ADMIN)
                .get(ACCOUNTS + "/" + survivor + "/relationships")
                .then()
                .body("items.find { it.stakeholderId == '" + buyer + "' }.strength", equalTo(4));
        as(ADMIN).queryParam("externalRef", "crm:C-" + tag).get(ACCOUNTS).then().body("items[0].id", equalTo(survivor));

        List<ConsumerRecord<String, String>> told = eventsOf(merged, "kam.account.archived.v1");
        List<String> types =
                told.stream().map(r -> KafkaTestClient.header(r, "ce_type")).toList();
        assertThat(types).containsSubsequence("kam.account.merged.v1", "kam.account.archived.v1");
        JsonNode event =
                json.readTree(told.get(types.indexOf("kam.account.merged.v1")).value());
        assertThat(event.path("survivorAccountId").asText()).isEqualTo(survivor);
        assertThat(event.path("revenuePeriods").toString()).contains("2026", "2025");
        assertThat(event.path("movedExternalRefs").toString()).contains("C-" + tag);
        assertThat(eventsOf(unit, "kam.account.moved.v1").stream()
                        .map(r -> KafkaTestClient.header(r, "ce_type"))
                        .toList())
                .contains("kam.account.moved.v1");
    }

    @Test
    void aGroupDoesNotMergeIntoItsOwnUnitNorAnAccountIntoItselfOrAnArchivedOne() {
        String group = register(account("Northwind Retail Group", "nina", Map.of(), null));
        String unit = register(account("Northwind Retail UK", "nina", Map.of(), group));
        as(ADMIN)
                .header("If-Match", etag(unit))
                .body(Map.of("mergedAccountId", group, "reason", "wrong way round"))
                .post(ACCOUNTS + "/" + unit + "/merge")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("mergedAccountId"))
                .body("detail", containsString("unit"));
        as(ADMIN)
                .header("If-Match", etag(group))
                .body(Map.of("mergedAccountId", group, "reason", "itself"))
                .post(ACCOUNTS + "/" + group + "/merge")
                .then()
                .statusCode(422);
        as(ADMIN)
                .header("If-Match", etag(group))
                .body(Map.of("mergedAccountId", unit, "reason", "absorbed the UK unit"))
                .post(ACCOUNTS + "/" + group + "/merge")
                .then()
                .statusCode(200);
        as(ADMIN)
                .header("If-Match", etag(group))
                .body(Map.of("mergedAccountId", unit, "reason", "again"))
                .post(ACCOUNTS + "/" + group + "/merge")
                .then()
                .statusCode(422)
                .body("detail", containsString("archived"));
        as(ADMIN)
                .header("If-Match", etag(group))
                .body(Map.of("mergedAccountId", UUID.randomUUID()))
                .post(ACCOUNTS + "/" + group + "/merge")
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("reason"));
    }

    private static Map<String, Object> account(String name, String owner, Map<String, String> refs, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name + " " + UUID.randomUUID());
        body.put("currency", "EUR");
        body.put("ownerId", owner);
        body.put("externalRefs", refs);
        body.put("parentAccountId", parent);
        return body;
    }

    private static String join(String account, String user, String role) {
        return as(ADMIN)
                .body(Map.of("userId", user, "role", role))
                .post(ACCOUNTS + "/" + account + "/team")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void revenue(String account, String period, String amount) {
        as(ADMIN)
                .body(Map.of("period", period, "revenue", amount, "currency", "EUR"))
                .post(ACCOUNTS + "/" + account + "/revenue")
                .then()
                .statusCode(200);
    }

    private static String etag(String account) {
        return as(ADMIN).get(ACCOUNTS + "/" + account).then().extract().header("ETag");
    }

    private List<ConsumerRecord<String, String>> eventsOf(String account, String last) {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            return kafka.read(
                    "kam.accounts",
                    r -> account.equals(r.key()),
                    found -> found.stream().anyMatch(r -> last.equals(KafkaTestClient.header(r, "ce_type"))),
                    Duration.ofSeconds(30));
        }
    }
}
