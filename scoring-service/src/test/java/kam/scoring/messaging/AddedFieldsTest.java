package kam.scoring.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kam.platform.events.account.AccountArchived;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.account.AccountUpdated;
import kam.platform.events.account.CoverageChanged;
import kam.platform.events.account.RevenueRecorded;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.NewerProducer;
import kam.platform.testing.NewerProducers;
import kam.platform.testing.SampleEvents;
import org.junit.jupiter.api.Test;

/**
 * Every event type scoring consumes, as a producer one release ahead writes it (a field added at the top and in every
 * nested object), through the real broker: each is applied, none is dead-lettered.
 */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AddedFieldsTest {
    private static final String ACCOUNTS = "kam.accounts";
    private static final String SOURCE = "/kam/account-service";
    private static final String CONSUMER = "scoring.accounts";

    private final NewerProducers producers;

    AddedFieldsTest(NewerProducers producers) {
        this.producers = producers;
    }

    @Test
    void everyConsumedTypeWithAddedFieldsIsApplied() {
        UUID account = UUID.randomUUID();
        try (NewerProducer producer = producers.open()) {
            producer.awaitApplied(
                    CONSUMER,
                    producer.send(
                            ACCOUNTS,
                            SOURCE,
                            new AccountRegistered(account, SampleEvents.account("Added Ltd", "am-1"))));
            assertThat(producer.queryValue("select name from account_fact where account_id = ?", account))
                    .isEqualTo("Added Ltd");

            producer.awaitApplied(
                    CONSUMER,
                    producer.send(
                            ACCOUNTS,
                            SOURCE,
                            new AccountUpdated(
                                    account, SampleEvents.account("Added Group Ltd", "am-1"), List.of("name"))));
            assertThat(producer.queryValue("select name from account_fact where account_id = ?", account))
                    .isEqualTo("Added Group Ltd");

            producer.awaitApplied(
                    CONSUMER,
                    producer.send(
                            ACCOUNTS,
                            SOURCE,
                            new RevenueRecorded(
                                    account,
                                    "2026-Q3",
                                    new BigDecimal("1000000"),
                                    new BigDecimal("200000"),
                                    new BigDecimal("5000000"),
                                    "EUR",
                                    Instant.now())));
            assertThat(producer.queryValue(
                            "select revenue ->> '2026-Q3' from account_fact where account_id = ?", account))
                    .asString()
                    .contains("1000000");

            producer.awaitApplied(
                    CONSUMER,
                    producer.send(
                            ACCOUNTS, SOURCE, new CoverageChanged(account, 2, "key players covered", true, false)));
            assertThat(producer.queryValue("select coverage_status from account_fact where account_id = ?", account))
                    .isEqualTo(2);

            producer.awaitApplied(
                    CONSUMER,
                    producer.send(ACCOUNTS, SOURCE, new AccountArchived(account, "Added Group Ltd", Instant.now(), 3)));
            assertThat(producer.queryValue("select status from account_fact where account_id = ?", account))
                    .isEqualTo("ARCHIVED");

            producer.assertNoneDeadLettered();
        }
    }
}
