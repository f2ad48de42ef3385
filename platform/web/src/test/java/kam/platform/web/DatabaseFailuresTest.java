package kam.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {
    @Test
    void aLostConnectionOrAServerShuttingDownIsUnreachable() {
        for (String state : new String[] {"08006", "08001", "57P01", "57P02", "57P03"}) {
            assertTrue(
                    DatabaseFailures.unreachable(
                            new IllegalStateException("wrapped", new SQLException("from the driver", state))),
                    state);
        }
    }

    @Test
    void badDataOrABrokenRuleIsNot() {
        for (String state : new String[] {"22021", "23505", "40001", "57014"}) {
            assertFalse(DatabaseFailures.unreachable(new SQLException("from the driver", state)), state);
        }
        assertFalse(DatabaseFailures.unreachable(new IllegalStateException("no SQL at all")));
    }
}
