package kam.system;

import static kam.system.SharedPlatform.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kam.platform.infra.PostgresServer;

/** The platform's own tables of a service's database, read over JDBC: its outbox and its inbox. */
final class ServiceDatabases {
    private ServiceDatabases() {}

    /** Outbox rows the relay has not yet had acknowledged by Kafka. */
    static long unsent(String database) {
        return Long.parseLong(query(database, "select count(*) from outbox_event where sent_at is null", null)
                .get(0));
    }

    /** The consumers in a service's database that have handled an event (its inbox rows). */
    static List<String> handledBy(String database, UUID eventId) {
        return query(database, "select consumer from inbox_event where event_id = ?", eventId);
    }

    private static List<String> query(String database, String sql, Object parameter) {
        try (Connection connection = DriverManager.getConnection(
                        platform().jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setObject(1, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<String> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(result.getString(1));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + database, e);
        }
    }
}
