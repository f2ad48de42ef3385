package kam.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker itself: each kind of breaking change is caught and named; an added optional field passes. */
class SchemaCompatibilityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RELEASED = """
            {"type": "object", "required": ["accountId", "tier"],
             "properties": {
               "accountId": {"type": "string", "format": "uuid"},
               "tier": {"type": ["string", "null"]},
               "reason": {"type": "string", "enum": ["SCORE", "CAP"]},
               "score": {"type": "number"},
               "account": {"$ref": "details.json"}}}""";
    private static final String DETAILS = """
            {"type": "object", "properties": {"name": {"type": "string"}, "units": {"type": "integer"}}}""";

    @Test
    void anAddedOptionalFieldAChoiceOfAnOptionalOneAndNullForAnOptionalOneKeepBothSidesReadable() throws Exception {
        assertEquals(List.of(), changes(RELEASED.replace("\"score\": {\"type\": \"number\"}", """
                "score": {"type": ["number", "null"]}, "comment": {"type": "string"}"""), DETAILS));
        assertEquals(
                List.of(),
                changes(RELEASED.replace("[\"SCORE\", \"CAP\"]", "[\"SCORE\", \"CAP\", \"OVERRIDE\"]"), DETAILS));
    }

    @Test
    void whatATolerantV1ReaderCannotReadIsCaught() throws Exception {
        assertEquals(
                List.of("$.account.units: retyped from [integer] to [number]"),
                changes(RELEASED, DETAILS.replace("\"integer\"", "\"number\"")));
        assertEquals(
                List.of("$.tier: no longer required, where v1 readers rely on it"),
                changes(RELEASED.replace("[\"accountId\", \"tier\"]", "[\"accountId\"]"), DETAILS));
        assertEquals(
                List.of("$.accountId: may now be null, where v1 readers rely on it"),
                changes(
                        RELEASED.replace(
                                "{\"type\": \"string\", \"format\": \"uuid\"}",
                                "{\"type\": [\"string\", \"null\"], \"format\": \"uuid\"}"),
                        DETAILS));
        String requiredReason = RELEASED.replace("[\"accountId\", \"tier\"]", "[\"accountId\", \"tier\", \"reason\"]");
        assertEquals(
                List.of("$.reason: the new choice \"OVERRIDE\" of a required field, which v1 readers need"),
                changes(
                        requiredReason,
                        requiredReason.replace("[\"SCORE\", \"CAP\"]", "[\"SCORE\", \"CAP\", \"OVERRIDE\"]"),
                        DETAILS));
    }

    @Test
    void aRemovedOrRenamedFieldIsCaught() throws Exception {
        assertEquals(
                List.of("$.reasonCode: made required", "$.reason: removed (or renamed)"),
                changes(
                        RELEASED.replace(
                                        "\"required\": [\"accountId\", \"tier\"]",
                                        "\"required\": [\"accountId\", \"tier\", \"reasonCode\"]")
                                .replace("\"reason\":", "\"reasonCode\":"),
                        DETAILS));
        assertEquals(
                List.of("$.account.units: removed (or renamed)"),
                changes(RELEASED, DETAILS.replace(", \"units\": {\"type\": \"integer\"}", "")));
    }

    @Test
    void aRetypedFieldIsCaught() throws Exception {
        assertEquals(
                List.of("$.tier: retyped from [null, string] to [string]"),
                changes(RELEASED.replace("{\"type\": [\"string\", \"null\"]}", "{\"type\": \"string\"}"), DETAILS)
                        .stream()
                        .map(change -> change.replace("[string, null]", "[null, string]"))
                        .toList());
        assertEquals(
                List.of("$.accountId: format changed from \"uuid\" to null"),
                changes(RELEASED.replace(", \"format\": \"uuid\"", ""), DETAILS));
        assertEquals(
                List.of("$.reason: the choice \"CAP\" was removed"),
                changes(RELEASED.replace("[\"SCORE\", \"CAP\"]", "[\"SCORE\"]"), DETAILS));
        assertEquals(
                List.of("$.account.units: retyped from [integer] to [string]"),
                changes(RELEASED, DETAILS.replace("\"integer\"", "\"string\"")));
    }

    @Test
    void aFieldMadeRequiredIsCaught() throws Exception {
        assertEquals(
                List.of("$.score: made required"),
                changes(
                        RELEASED.replace("[\"accountId\", \"tier\"]", "[\"accountId\", \"tier\", \"score\"]"),
                        DETAILS));
    }

    private static List<String> changes(String current, String currentDetails) throws Exception {
        return changes(RELEASED, current, currentDetails);
    }

    private static List<String> changes(String released, String current, String currentDetails) throws Exception {
        JsonNode details = JSON.readTree(DETAILS);
        JsonNode newDetails = JSON.readTree(currentDetails);
        SchemaCompatibility compatibility = new SchemaCompatibility(
                name -> Map.of("details.json", details).get(name),
                name -> Map.of("details.json", newDetails).get(name));
        return compatibility.breakingChanges(JSON.readTree(released), JSON.readTree(current));
    }
}
