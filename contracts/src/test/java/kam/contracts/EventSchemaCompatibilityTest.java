package kam.contracts;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kam.platform.events.EventCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every released event type is still published, and its current schema still reads every event written under the
 * released one. A breaking change needs a new type ({@code .v2}); after a release, copy the schemas of
 * platform/events to contracts/released/events.
 */
class EventSchemaCompatibilityTest {
    private static final SchemaCompatibility COMPATIBILITY =
            new SchemaCompatibility(Released::releasedSchema, Released::currentSchema);

    static Stream<Path> releasedSchemas() throws IOException {
        try (Stream<Path> files = Files.list(Released.EVENTS)) {
            return files.filter(f -> f.getFileName().toString().startsWith("kam.")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("releasedSchemas")
    void theCurrentSchemaReadsEveryEventOfTheReleasedOne(Path released) {
        String file = released.getFileName().toString();
        String type = file.substring(0, file.length() - ".json".length());
        assertTrue(EventCatalog.byType(type).isPresent(), type + " was released and is no longer published");
        var current = Released.currentSchema(file);
        assertNotNull(current, "no schema for " + type + " in platform/events");
        List<String> changes = COMPATIBILITY.breakingChanges(Released.read(released), current);
        assertTrue(changes.isEmpty(), type + " changed incompatibly; publish a new version of the type: " + changes);
    }

    @Test
    void everyPublishedTypeHasBeenReleased() throws IOException {
        List<String> released =
                releasedSchemas().map(p -> p.getFileName().toString()).toList();
        EventCatalog.ALL.forEach(type -> assertTrue(
                released.contains(type.type() + ".json"),
                type.type() + " is not in contracts/released/events: copy its schema there when it is released"));
    }
}
