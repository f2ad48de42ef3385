package kam.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the contracts live: the released ones under contracts/released (copied there when a version is released to
 * consumers), the current ones where the build makes them (each service's committed OpenAPI snapshot, the event
 * schemas of platform/events).
 */
public final class Released {
    public static final Path ROOT = Path.of("released");
    public static final Path API = ROOT.resolve("openapi");
    public static final Path EVENTS = ROOT.resolve("events");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Released() {}

    /** A service's current API document: its committed snapshot, which its own test holds equal to the generated. */
    public static Path currentApi(String service) {
        return Path.of("..", service, "openapi", service + ".json");
    }

    /** An event schema of platform/events by file name, or null. */
    public static JsonNode currentSchema(String file) {
        try (InputStream in = Released.class.getResourceAsStream("/kam/events/schemas/" + file)) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A released event schema by file name, or null. */
    public static JsonNode releasedSchema(String file) {
        Path path = EVENTS.resolve(file);
        return Files.exists(path) ? read(path) : null;
    }

    public static JsonNode read(Path path) {
        try {
            return JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
