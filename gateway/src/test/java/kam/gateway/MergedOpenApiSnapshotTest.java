package kam.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kam.platform.testing.OpenApiSnapshot;
import org.junit.jupiter.api.Test;

/**
 * The platform's one API document, as the gateway serves it at /openapi.json, merged from the services' committed
 * documents and committed itself: the file the frontend team generates its client from, and the contracts module
 * checks (the TypeScript client, breaking changes).
 */
class MergedOpenApiSnapshotTest {
    private static final Map<String, String> SERVICES = Map.of(
            "account", "account-service",
            "scoring", "scoring-service",
            "planning", "planning-service",
            "review", "review-service");

    @Test
    void theMergedDocumentOfTheServicesMatchesItsSnapshot() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> documents = new TreeMap<>();
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            Path document = Path.of("..", service.getValue(), "openapi", service.getValue() + ".json");
            documents.put(service.getKey(), json.readTree(document.toFile()));
        }
        String merged = json.writeValueAsString(new MergedOpenApi(null, json, null).merge(documents, List.of()));
        OpenApiSnapshot.assertMatches(merged, Path.of("openapi", "kam-platform.json"));
    }
}
