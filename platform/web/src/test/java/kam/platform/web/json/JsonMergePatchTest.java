package kam.platform.web.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kam.platform.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

class JsonMergePatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void membersReplaceNullRemovesObjectsMergeArraysReplace() throws Exception {
        JsonNode target = JSON.readTree("{\"a\":\"b\",\"c\":{\"d\":\"e\",\"f\":\"g\"},\"list\":[1,2]}");
        JsonNode patch = JSON.readTree("{\"a\":\"z\",\"c\":{\"f\":null,\"h\":1},\"list\":[3]}");

        JsonNode result = JsonMergePatch.apply(target, patch);

        assertEquals(JSON.readTree("{\"a\":\"z\",\"c\":{\"d\":\"e\",\"h\":1},\"list\":[3]}"), result);
        assertEquals(JSON.readTree("{\"a\":\"b\",\"c\":{\"d\":\"e\",\"f\":\"g\"},\"list\":[1,2]}"), target);
    }

    @Test
    void aResourcePatchThatIsNotAnObjectIsRefusedNamingTheBody() throws Exception {
        JsonNode target = JSON.readTree("{\"a\":1}");
        for (String patch : new String[] {"null", "[1]", "\"text\"", "42"}) {
            ProblemException refused = assertThrows(
                    ProblemException.class, () -> JsonMergePatch.apply(target, JSON.readTree(patch)), patch);
            assertEquals(400, refused.status());
            assertEquals("body", refused.violations().get(0).field(), patch);
        }
    }

    @Test
    void aNonObjectMemberReplacesTheTargetsMember() throws Exception {
        assertEquals(
                JSON.readTree("{\"a\":[1]}"),
                JsonMergePatch.apply(JSON.readTree("{\"a\":{\"b\":1}}"), JSON.readTree("{\"a\":[1]}")));
    }
}
