package kam.platform.web.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    void aNonObjectPatchReplacesTheWholeTarget() throws Exception {
        assertEquals(JSON.readTree("[1]"), JsonMergePatch.apply(JSON.readTree("{\"a\":1}"), JSON.readTree("[1]")));
    }
}
