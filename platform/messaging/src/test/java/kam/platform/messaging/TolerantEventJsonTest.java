package kam.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event reader is tolerant where the HTTP reader is strict (AccountApiTest refuses an unknown field with 400): what
 * a later producer adds is read past.
 */
class TolerantEventJsonTest {
    enum Stage {
        OPEN,
        WON
    }

    record Line(String title, Stage stage) {}

    record Payload(String name, Stage stage, List<Line> lines) {}

    @Test
    void fieldsAndChoicesALaterProducerAddedAreReadPast() throws Exception {
        Payload read = TolerantEventJson.reader().readValue("""
                        {"name": "Acme", "stage": "PAUSED", "addedLater": {"deep": [1, 2]},
                         "lines": [{"title": "Pilot", "stage": "WON", "addedLater": true}]}""", Payload.class);

        assertThat(read.name()).isEqualTo("Acme");
        assertThat(read.stage())
                .as("a choice this reader does not know reads as absent")
                .isNull();
        assertThat(read.lines()).containsExactly(new Line("Pilot", Stage.WON));
    }
}
