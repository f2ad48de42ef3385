package kam.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Keeps API changes deliberate: a service's generated OpenAPI document must equal the snapshot committed beside it.
 * After a deliberate change, write the new snapshot with {@code -Dkam.openapi.update=true} and commit it.
 */
public final class OpenApiSnapshot {
    public static final String UPDATE_PROPERTY = "kam.openapi.update";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private OpenApiSnapshot() {}

    /** Throws {@link AssertionError} when {@code generatedJson} differs from the snapshot file. */
    public static void assertMatches(String generatedJson, Path snapshot) {
        String generated = normalise(generatedJson);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(snapshot.toAbsolutePath().getParent());
                Files.writeString(snapshot, generated);
                return;
            }
            String committed = Files.exists(snapshot) ? normalise(Files.readString(snapshot)) : "";
            if (!committed.equals(generated)) {
                Path actual = Path.of("target", "openapi-generated.json");
                Files.createDirectories(actual.getParent());
                Files.writeString(actual, generated);
                throw new AssertionError("The generated OpenAPI document differs from " + snapshot
                        + " (generated: " + actual + "). If the API change is deliberate, run the test with -D"
                        + UPDATE_PROPERTY + "=true and commit the snapshot.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalise(String json) {
        try {
            return JSON.writeValueAsString(JSON.readValue(json, Map.class)) + "\n";
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a JSON document: " + e.getOriginalMessage());
        }
    }
}
