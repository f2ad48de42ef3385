package kam.platform.web.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
    record Stakeholder(String name, int influence) {}

    private final ObjectMapper json = strict();

    @Test
    void aFractionWhereAWholeNumberBelongsIsRefusedNotTruncated() {
        MismatchedInputException refused = assertThrows(
                MismatchedInputException.class,
                () -> json.readValue("{\"name\":\"Priya\",\"influence\":1.5}", Stakeholder.class));
        assertEquals("influence", refused.getPath().get(0).getFieldName());
        assertEquals(
                2,
                json.convertValue(new Stakeholder("Priya", 2), Stakeholder.class)
                        .influence());
    }

    @Test
    void aSecondValueAfterTheBodyIsRefusedNotIgnored() throws Exception {
        assertThrows(
                MismatchedInputException.class,
                () -> json.readValue("{\"name\":\"Priya\",\"influence\":1} {}", Stakeholder.class));
        assertEquals(
                1,
                json.readValue("{\"name\":\"Priya\",\"influence\":1} ", Stakeholder.class)
                        .influence());
    }

    @Test
    void textWithTheNulCharacterIsRefusedNamingTheField() {
        InvalidFormatException refused = assertThrows(
                InvalidFormatException.class,
                () -> json.readValue("{\"name\":\"nul\\u0000byte\",\"influence\":1}", Stakeholder.class));
        assertEquals("name", refused.getPath().get(0).getFieldName());
        assertEquals(StrictJson.NUL_MESSAGE, refused.getOriginalMessage());
    }

    record Reading(java.util.UUID id, java.time.LocalDate on, double value, int count, Boolean flag) {}

    @Test
    void textWhereACountOrFlagBelongsNaNAndEmptyTextWhereAValueBelongsAreRefused() {
        for (String body : new String[] {
            "{\"count\":\"-1\"}",
            "{\"value\":\"NaN\"}",
            "{\"flag\":\"true\"}",
            "{\"on\":\"\"}",
            "{\"id\":\"\"}",
            "{\"on\":\" \"}"
        }) {
            assertThrows(MismatchedInputException.class, () -> json.readValue(body, Reading.class), body);
        }
    }

    @Test
    void aNumberTooLargeForADoubleIsRefusedNotMadeInfinite() {
        InvalidFormatException refused =
                assertThrows(InvalidFormatException.class, () -> json.readValue("{\"value\":1e400}", Reading.class));
        assertEquals(StrictJson.NOT_FINITE_MESSAGE, refused.getOriginalMessage());
        assertEquals(-2.5e300, assertDoesNotThrowRead("{\"value\":-2.5e300}").value());
    }

    private Reading assertDoesNotThrowRead(String body) {
        try {
            return json.readValue(body, Reading.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void oddButStorableTextPassesAsItCame() throws Exception {
        String text = "e\u0301 \u202e 😀 ' OR '1'='1 <script>";
        assertEquals(
                text,
                json.readValue(json.writeValueAsString(new Stakeholder(text, 1)), Stakeholder.class)
                        .name());
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(mapper);
        return mapper;
    }
}
