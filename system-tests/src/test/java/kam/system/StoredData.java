package kam.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kam.platform.infra.PostgresServer;

/**
 * A fingerprint of everything the services have stored: for every table of every service database, the md5 of its
 * rows in a fixed order. Two equal fingerprints mean not one row was added, changed or removed.
 */
final class StoredData {
    private StoredData() {}

    /** database.table → md5 of its rows, for every table but Flyway's history. */
    static Map<String, String> fingerprint(SystemPlatform platform, List<String> databases) {
        Map<String, String> tables = new TreeMap<>();
        for (String database : databases) {
            try (Connection connection = DriverManager.getConnection(
                            platform.jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD);
                    Statement statement = connection.createStatement()) {
                List<String> names = new ArrayList<>();
                try (ResultSet result = statement.executeQuery("select tablename from pg_tables"
                        + " where schemaname = 'public' and tablename <> 'flyway_schema_history'")) {
                    while (result.next()) {
                        names.add(result.getString(1));
                    }
                }
                for (String table : names) {
                    try (ResultSet result = statement.executeQuery("select count(*) || ':' || coalesce(md5("
                            + "string_agg(t::text, '|' order by t::text)), '') from \"" + table + "\" t")) {
                        result.next();
                        tables.put(database + "." + table, result.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read " + database, e);
            }
        }
        return tables;
    }
}
