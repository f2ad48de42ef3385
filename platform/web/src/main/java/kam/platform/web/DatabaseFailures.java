package kam.platform.web;

import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database that cannot be reached (nothing was done; trying again later will work) from any other failure.
 * HTTP answers it with 503 and Retry-After; the inbox tries the event again instead of sending it to kam.dlq.
 */
public final class DatabaseFailures {
    private DatabaseFailures() {}

    /**
     * A lost or refused connection anywhere in the causes: SQLState class 08, the server shutting down or starting
     * (57P01 to 57P03: a query in flight when PostgreSQL stops gets 57P01, not 08), or Hibernate's connection failure.
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && unreachable(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean unreachable(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08")
                        || sqlState.equals("57P01")
                        || sqlState.equals("57P02")
                        || sqlState.equals("57P03"));
    }
}
