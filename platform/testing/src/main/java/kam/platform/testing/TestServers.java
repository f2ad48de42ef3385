package kam.platform.testing;

/** The PostgreSQL and Kafka that tests talk to, however they were started. */
interface TestServers extends AutoCloseable {
    String jdbcUrl();

    String username();

    String password();

    String kafkaBootstrapServers();

    @Override
    void close();
}
