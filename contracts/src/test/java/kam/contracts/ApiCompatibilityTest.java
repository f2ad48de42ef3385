package kam.contracts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service's current API against the one released to consumers (contracts/released/openapi): no change that can
 * break a client, unless the API's major version moved. After a release, copy the service's snapshot there.
 */
class ApiCompatibilityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNTS = "account-service";

    static Stream<String> services() {
        return Stream.of(ACCOUNTS, "scoring-service", "planning-service", "review-service");
    }

    @ParameterizedTest
    @MethodSource("services")
    void theCurrentApiBreaksNoClientOfTheReleasedOne(String service) throws IOException {
        ApiCompatibility.Verdict verdict = ApiCompatibility.compare(
                Files.readString(Released.API.resolve(service + ".json")),
                Files.readString(Released.currentApi(service)));
        assertTrue(
                verdict.acceptable(),
                service + " would break its clients; keep the change compatible or move the major version:\n"
                        + verdict.report());
    }

    @Test
    void aRemovedOperationBreaksClients() throws IOException {
        ObjectNode current = released();
        ((ObjectNode) current.get("paths")).remove("/api/v1/accounts/{id}");
        assertBreaking(current);
    }

    @Test
    void aRemovedResponseFieldBreaksClients() throws IOException {
        ObjectNode current = released();
        ((ObjectNode) current.at("/components/schemas/Account/properties")).remove("name");
        assertBreaking(current);
    }

    @Test
    void aNewRequiredInputBreaksClients() throws IOException {
        ObjectNode current = released();
        ObjectNode list = (ObjectNode) current.at("/paths/~1api~1v1~1accounts/get");
        ((ArrayNode) list.get("parameters"))
                .addObject()
                .put("name", "tenant")
                .put("in", "query")
                .put("required", true)
                .putObject("schema")
                .put("type", "string");
        assertBreaking(current);
    }

    @Test
    void aNarrowedTypeBreaksClients() throws IOException {
        ObjectNode current = released();
        ObjectNode limit = (ObjectNode)
                current.at("/paths/~1api~1v1~1accounts/get/parameters").findParent("maximum");
        limit.put("maximum", 10);
        assertBreaking(current);
    }

    @Test
    void aNewOptionalOperationBreaksNobodyAndAMajorVersionAllowsABreak() throws IOException {
        ObjectNode added = released();
        ((ObjectNode) added.get("paths"))
                .set(
                        "/api/v1/accounts/{id}/copy",
                        added.at("/paths/~1api~1v1~1accounts~1{id}").deepCopy());
        assertTrue(compare(added).acceptable());
        assertFalse(compare(added).breaking());

        ObjectNode nextMajor = released();
        ((ObjectNode) nextMajor.get("paths")).remove("/api/v1/accounts/{id}");
        ((ObjectNode) nextMajor.get("info")).put("version", "2.0.0");
        assertTrue(compare(nextMajor).breaking());
        assertTrue(compare(nextMajor).acceptable());
    }

    private static void assertBreaking(ObjectNode current) throws IOException {
        ApiCompatibility.Verdict verdict = compare(current);
        assertTrue(verdict.breaking(), "not seen as breaking");
        assertFalse(verdict.acceptable());
        assertFalse(verdict.report().isBlank(), "the report names the change");
    }

    private static ApiCompatibility.Verdict compare(ObjectNode current) throws IOException {
        return ApiCompatibility.compare(
                Files.readString(Released.API.resolve(ACCOUNTS + ".json")), JSON.writeValueAsString(current));
    }

    private static ObjectNode released() throws IOException {
        return (ObjectNode)
                JSON.readTree(Released.API.resolve(ACCOUNTS + ".json").toFile());
    }
}
