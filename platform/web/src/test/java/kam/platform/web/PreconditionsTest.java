package kam.platform.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import kam.platform.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void theCurrentStrongTagOrAStarPasses() {
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("*", 3));
    }

    @Test
    void aMissingHeaderIs428AndAnotherVersionOrAWeakTagIs412() {
        assertEquals(
                428,
                assertThrows(ProblemException.class, () -> Preconditions.requireIfMatch(null, 3))
                        .status());
        assertEquals(
                428,
                assertThrows(ProblemException.class, () -> Preconditions.requireIfMatch(" ", 3))
                        .status());
        assertEquals(
                412,
                assertThrows(ProblemException.class, () -> Preconditions.requireIfMatch("\"2\"", 3))
                        .status());
        assertEquals(
                412,
                assertThrows(ProblemException.class, () -> Preconditions.requireIfMatch("W/\"3\"", 3))
                        .status());
    }
}
