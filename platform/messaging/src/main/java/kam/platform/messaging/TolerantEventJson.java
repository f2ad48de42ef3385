package kam.platform.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The mapper events are read with: a tolerant reader, as the event contract asks of every consumer. Producers add
 * optional fields within a version and deploy ahead of their consumers, so a field this service does not know, at any
 * depth, is ignored, and a choice it does not know (an enum constant added later) reads as absent. It is never the
 * HTTP mapper, which refuses unknown fields on purpose (StrictJson): strict at the API's door, tolerant on the bus.
 */
public final class TolerantEventJson {
    private static final ObjectMapper READER = JsonMapper.builder()
            .findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .build();

    private TolerantEventJson() {}

    /** Thread-safe and shared: an ObjectMapper that is only read with never changes. */
    public static ObjectMapper reader() {
        return READER;
    }
}
