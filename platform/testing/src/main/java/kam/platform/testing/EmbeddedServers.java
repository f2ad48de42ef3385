package kam.platform.testing;

import kam.platform.infra.KafkaBroker;
import kam.platform.infra.PostgresServer;

/** PostgreSQL and Kafka from platform/infra: real servers, started from Maven Central jars, no Docker needed. */
final class EmbeddedServers implements TestServers {
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final String database;

    EmbeddedServers(String database) {
        this.database = database;
        this.postgres = PostgresServer.start(PostgresServer.Options.temporary()).createDatabase(database);
        this.kafka = KafkaBroker.start(KafkaBroker.Options.temporary());
    }

    @Override
    public String jdbcUrl() {
        return postgres.jdbcUrl(database);
    }

    @Override
    public String username() {
        return PostgresServer.USER;
    }

    @Override
    public String password() {
        return PostgresServer.PASSWORD;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public void close() {
        // Reverse order of start, as in production: the broker first, then the database.
        kafka.close();
        postgres.close();
    }
}
