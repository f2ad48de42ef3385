package kam.account.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Accounts out as CSV and NDJSON page by page, and back in, all or nothing. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AccountBulkApiTest {
    private static final String BULK = "/api/v1/accounts/bulk";
    private static final String ADMIN = TestTokens.bearer("ada.admin", "kam-admin");
    private static final String NDJSON = "application/x-ndjson";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void importedAccountsComeBackInPagesThatFollowLinkNext() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String file = """
                {"name": "Bulk %1$s one", "currency": "EUR", "region": "EMEA"}
                {"name": "Bulk %1$s two", "currency": "USD", "values": ["Safety", "Speed"]}

                {"name": "Bulk %1$s three", "currency": "GBP", "status": "PROSPECT"}
                """.formatted(tag);
        given().header("Authorization", ADMIN)
                .contentType(NDJSON)
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post(BULK)
                .then()
                .statusCode(200)
                .body("registered", equalTo(3))
                .body("replaced", equalTo(0));

        List<JsonNode> exported = new ArrayList<>();
        String next = BULK + "?limit=2";
        int pages = 0;
        while (next != null) {
            Response page =
                    given().header("Authorization", ADMIN).accept(NDJSON).get(next);
            page.then().statusCode(200).contentType(containsString(NDJSON));
            for (String line : page.asString().split("\n")) {
                exported.add(JSON.readTree(line));
            }
            String link = page.header("Link");
            Matcher matcher = link == null ? null : NEXT.matcher(link);
            next = matcher != null && matcher.find() ? matcher.group(1) : null;
            pages++;
        }
        List<String> names = exported.stream().map(a -> a.get("name").asText()).toList();
        assertTrue(
                names.containsAll(List.of("Bulk " + tag + " one", "Bulk " + tag + " two", "Bulk " + tag + " three")));
        assertEquals(
                exported.size(),
                exported.stream().map(a -> a.get("id").asText()).distinct().count(),
                "no account on two pages");
        assertTrue(pages >= 2, "pages of 2");
        List<String> ids = exported.stream().map(a -> a.get("id").asText()).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "in id order");
    }

    @Test
    void aCsvExportImportsAsItIsAndAnEditedRowReplacesThatAccount() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", ADMIN)
                .contentType("text/csv")
                .body("name,currency,markets\r\n" + "\"=HYPERLINK(\"\"x\"\") " + tag + "\",EUR,\"[\"\"DACH\"\"]\"\r\n")
                .post(BULK)
                .then()
                .statusCode(200)
                .body("registered", equalTo(1));

        String csv = given().header("Authorization", ADMIN)
                .accept("text/csv")
                .queryParam("limit", 10_000)
                .get(BULK)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(csv.startsWith("id,name,"), csv.substring(0, 40));
        String line = csv.lines().filter(l -> l.contains(tag)).findFirst().orElseThrow();
        assertTrue(line.contains("\"'=HYPERLINK(\"\"x\"\") " + tag + "\""), "a formula is defused: " + line);
        String header = csv.lines().findFirst().orElseThrow();

        given().header("Authorization", ADMIN)
                .contentType("text/csv")
                .body(header + "\r\n" + line.replace("DACH", "Nordics") + "\r\n")
                .post(BULK)
                .then()
                .statusCode(200)
                .body("replaced", equalTo(1))
                .body("registered", equalTo(0));
        String id = line.substring(0, 36);
        given().header("Authorization", ADMIN)
                .get("/api/v1/accounts/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("=HYPERLINK(\"x\") " + tag))
                .body("markets", hasItems("Nordics"))
                .body("version", equalTo(1));

        // The same row again names the version it was read at, no longer current: refused, nothing changes.
        given().header("Authorization", ADMIN)
                .contentType("text/csv")
                .body(header + "\r\n" + line + "\r\n")
                .post(BULK)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("rows[2]"))
                .body("violations[0].message", containsString("read it again"));
    }

    @Test
    void aFileWithAnyBadRowIsRefusedWithEachRowNamedAndNothingIsStored() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String file = """
                {"name": "Refused %1$s good", "currency": "EUR"}
                {"name": "Refused %1$s", "region": "EMEA"}
                {"name": "Refused %1$s", "currency": "EUR", "colour": "blue"}
                {"name": "Refused %1$s", "currency": "EUR", "id": "%2$s", "version": 1}
                not json
                """.formatted(tag, UUID.randomUUID());
        Response refused = given().header("Authorization", ADMIN)
                .contentType(NDJSON)
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post(BULK);
        refused.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was imported"))
                .body("violations.field", hasItems("rows[2].currency", "rows[3].colour", "rows[5]"));
        String export = given().header("Authorization", ADMIN)
                .accept(NDJSON)
                .queryParam("limit", 10_000)
                .get(BULK)
                .asString();
        assertEquals(0, export.lines().filter(l -> l.contains("Refused " + tag)).count(), "the good row neither");

        // Rows that read well are then held to the store: an id that names no account.
        given().header("Authorization", ADMIN)
                .contentType(NDJSON)
                .body(file.lines().skip(3).findFirst().orElseThrow().getBytes(StandardCharsets.UTF_8))
                .post(BULK)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("rows[1].id"))
                .body("violations[0].message", equalTo("no such account"));

        given().header("Authorization", TestTokens.bearer("val.viewer", "viewer"))
                .contentType(NDJSON)
                .body("{\"name\": \"x\", \"currency\": \"EUR\"}\n".getBytes(StandardCharsets.UTF_8))
                .post(BULK)
                .then()
                .statusCode(403);
        assertNotNull(refused.jsonPath().getList("violations"));
    }
}
