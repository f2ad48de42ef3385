package kam.platform.web;

import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database that cannot be reached (nothing was done; trying again later will work) from any other failure.
 * HTTP answers it with 503 and Retry-After; the inbox tries the event again instead of sending it to kam.dlq.
 */
public final class DatabaseFailures {
    private DatabaseFailures() {}

    /** A lost or refused connection (SQLState class 08, or Hibernate's connection failure) anywhere in the causes. */
    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
