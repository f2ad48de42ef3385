package kam.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kam.platform.events.EventCatalog;
import org.junit.jupiter.api.Test;

/** docs/events.md is what the event contract says; after a deliberate change, -Dkam.docs.update=true rewrites it. */
class EventsDocumentTest {
    private static final Path DOCUMENT = Path.of("..", "docs", "events.md");

    @Test
    void theCommittedDocumentIsTheOneTheContractMakes() throws IOException {
        String made = EventsDocument.render();
        if (Boolean.getBoolean("kam.docs.update")) {
            Files.createDirectories(DOCUMENT.getParent());
            Files.writeString(DOCUMENT, made);
        }
        assertEquals(
                made, Files.readString(DOCUMENT), "docs/events.md is out of date: run with -Dkam.docs.update=true");
    }

    @Test
    void everyEventTypeHasItsSectionWithItsKey() {
        String made = EventsDocument.render();
        EventCatalog.ALL.forEach(type -> {
            int section = made.indexOf("`" + type.type() + "`\n");
            assertTrue(section > 0, type.type() + " has no section");
            assertTrue(made.indexOf("- Key and `ce_subject`: ", section) > section, type.type() + " has no key");
        });
    }
}
