package kam.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import kam.platform.infra.PostgresServer;

/**
 * Scoring's inbox, read over JDBC: a row is recorded in the transaction that applies an event, so the rows say which
 * events scoring applied, and in which order.
 */
final class ScoringInbox {
    private static final String CONSUMER = "scoring.accounts";

    /** One applied event: its id and when its transaction ran. */
    record Applied(String id, Instant at) {}

    private final String jdbcUrl;

    ScoringInbox(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** How many events scoring has applied from kam.accounts, ever. */
    long count() {
        try (Connection connection =
                        DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement query =
                        connection.prepareStatement("select count(*) from inbox_event where consumer = ?")) {
            query.setString(1, CONSUMER);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read scoring's inbox", e);
        }
    }

    /** The inbox rows of these event ids, in the order they were applied. */
    List<Applied> applied(Collection<String> eventIds) {
        List<Applied> rows = new ArrayList<>();
        try (Connection connection =
                        DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement query = connection.prepareStatement("select event_id, received_at from inbox_event"
                        + " where consumer = ? and event_id = any(?) order by received_at")) {
            query.setString(1, CONSUMER);
            query.setArray(
                    2,
                    connection.createArrayOf(
                            "uuid", eventIds.stream().map(UUID::fromString).toArray()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Applied(
                            result.getString(1), result.getTimestamp(2).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read scoring's inbox", e);
        }
        return rows;
    }
}
