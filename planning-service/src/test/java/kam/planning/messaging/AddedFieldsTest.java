package kam.planning.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kam.platform.events.account.AccountArchived;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.account.AccountUpdated;
import kam.platform.events.review.ReviewCompleted;
import kam.platform.events.scoring.TierChangedV2;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.NewerProducer;
import kam.platform.testing.NewerProducers;
import kam.platform.testing.SampleEvents;
import org.junit.jupiter.api.Test;

/**
 * Every event type planning consumes, as a producer one release ahead writes it (a field added at the top and in every
 * nested object), through the real broker: each is applied, none is dead-lettered.
 */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AddedFieldsTest {
    private static final String ACCOUNT_SERVICE = "/kam/account-service";

    private final NewerProducers producers;

    AddedFieldsTest(NewerProducers producers) {
        this.producers = producers;
    }

    @Test
    void everyConsumedTypeWithAddedFieldsIsApplied() {
        UUID account = UUID.randomUUID();
        String manager = "am-" + account;
        try (NewerProducer producer = producers.open()) {
            producer.awaitApplied(
                    "planning.accounts",
                    producer.send(
                            "kam.accounts",
                            ACCOUNT_SERVICE,
                            new AccountRegistered(account, SampleEvents.account("Added Ltd", manager))));
            assertThat(copied(producer, "name", account)).isEqualTo("Added Ltd");

            producer.awaitApplied(
                    "planning.accounts",
                    producer.send(
                            "kam.accounts",
                            ACCOUNT_SERVICE,
                            new AccountUpdated(
                                    account, SampleEvents.account("Added Group", manager), List.of("name"))));
            assertThat(copied(producer, "name", account)).isEqualTo("Added Group");

            producer.awaitApplied(
                    "planning.accounts",
                    producer.send(
                            "kam.accounts", ACCOUNT_SERVICE, SampleEvents.joined(account, "mia", "MENTOR", manager)));
            assertThat(copied(producer, "team ->> 'mia'", account)).isEqualTo("MENTOR");

            producer.awaitApplied(
                    "planning.tiers",
                    producer.send(
                            "kam.scoring",
                            "/kam/scoring-service",
                            new TierChangedV2(
                                    account,
                                    "Added Group",
                                    null,
                                    "Strategic",
                                    "AUTOMATIC",
                                    4,
                                    UUID.randomUUID(),
                                    null)));
            assertThat(copied(producer, "tier", account)).isEqualTo("Strategic");

            producer.awaitApplied(
                    "planning.reviews",
                    producer.send(
                            "kam.reviews",
                            "/kam/review-service",
                            new ReviewCompleted(
                                    UUID.randomUUID(),
                                    account,
                                    LocalDate.now(),
                                    List.of(new ReviewCompleted.ActionItem(
                                            UUID.randomUUID(),
                                            "Call the CFO",
                                            manager,
                                            LocalDate.now().plusDays(30))))));

            producer.awaitApplied(
                    "planning.accounts",
                    producer.send(
                            "kam.accounts",
                            ACCOUNT_SERVICE,
                            new AccountArchived(account, "Added Group", Instant.now(), 4)));
            assertThat(copied(producer, "status", account)).isEqualTo("ARCHIVED");

            producer.assertNoneDeadLettered();
        }
    }

    /** What the events made of planning's copy of the account. */
    private static Object copied(NewerProducer producer, String column, UUID account) {
        return producer.queryValue("select " + column + " from account_copy where account_id = ?", account);
    }
}
