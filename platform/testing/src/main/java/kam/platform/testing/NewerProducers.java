package kam.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * Opens a {@link NewerProducer} against the service under test: its broker, its database and its JSON mapper, so that
 * a {@code @QuarkusTest} injects this one bean instead of the three. Looked up when opened, so that a service without
 * a database (the gateway) still starts with platform/testing on its test classpath.
 */
@ApplicationScoped
public class NewerProducers {
    private final Config config;
    private final Instance<DataSource> database;
    private final Instance<ObjectMapper> json;

    public NewerProducers(Config config, Instance<DataSource> database, Instance<ObjectMapper> json) {
        this.config = config;
        this.database = database;
        this.json = json;
    }

    public NewerProducer open() {
        return new NewerProducer(config.getValue("kafka.bootstrap.servers", String.class), database.get(), json.get());
    }
}
