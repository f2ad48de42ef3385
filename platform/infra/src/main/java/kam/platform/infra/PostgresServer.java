package kam.platform.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server from the zonky binaries on Maven Central, unpacked under the project's {@code .cache/}.
 * As root it runs through {@code unshare -U}, which zonky does by itself.
 */
public final class PostgresServer implements AutoCloseable {
    public static final String USER = "postgres";
    /** The server trusts local connections; drivers still want a password to send. */
    public static final String PASSWORD = "postgres";

    /**
     * @param port the port, or 0 for a free one
     * @param dataDir where the cluster lives; {@code null} for a temporary folder deleted on close
     * @param durable false trades crash safety for speed (tests): no fsync, no synchronous commit
     */
    public record Options(int port, Path dataDir, boolean durable) {
        public static Options temporary() {
            return new Options(0, null, false);
        }
    }

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final boolean deleteOnClose;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir, boolean deleteOnClose) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
    }

    public static PostgresServer start(Options options) {
        boolean temporary = options.dataDir() == null;
        Path dataDir = temporary ? Directories.temporary("postgres-") : Directories.create(options.dataDir());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(
                        Directories.create(Directories.cacheDir().resolve("postgres-binaries"))
                                .toFile())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(FreePorts.orPick(options.port()))
                .setPGStartupWait(Duration.ofSeconds(30))
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "localhost");
        if (!options.durable()) {
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        }
        try {
            return new PostgresServer(builder.start(), dataDir, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDir, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists already. */
    public PostgresServer createDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet result = exists.executeQuery()) {
                if (!result.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (deleteOnClose) {
                Directories.deleteRecursively(dataDir);
            }
        }
    }
}
