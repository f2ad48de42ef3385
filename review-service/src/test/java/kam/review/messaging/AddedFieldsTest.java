package kam.review.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kam.platform.events.account.AccountArchived;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.account.AccountUpdated;
import kam.platform.events.account.CoverageChanged;
import kam.platform.events.planning.ActionCompleted;
import kam.platform.events.planning.ActionOverdue;
import kam.platform.events.planning.ObjectiveAchieved;
import kam.platform.events.planning.PlanApproved;
import kam.platform.events.planning.PlanClosed;
import kam.platform.events.scoring.ConcentrationMeasured;
import kam.platform.events.scoring.ScoreChanged;
import kam.platform.events.scoring.TierChangedV2;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.NewerProducer;
import kam.platform.testing.NewerProducers;
import kam.platform.testing.SampleEvents;
import org.junit.jupiter.api.Test;

/**
 * Every event type review consumes, as a producer one release ahead writes it (a field added at the top and in every
 * nested object), through the real broker: each is applied, none is dead-lettered.
 */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AddedFieldsTest {
    private static final String ACCOUNTS = "kam.accounts";
    private static final String ACCOUNT_SERVICE = "/kam/account-service";
    private static final String SCORING_SERVICE = "/kam/scoring-service";
    private static final String PLANNING_SERVICE = "/kam/planning-service";

    private final NewerProducers producers;

    AddedFieldsTest(NewerProducers producers) {
        this.producers = producers;
    }

    @Test
    void everyAccountEventWithAddedFieldsIsApplied() {
        UUID account = UUID.randomUUID();
        String manager = "am-" + account;
        try (NewerProducer producer = producers.open()) {
            producer.awaitApplied(
                    "review.accounts",
                    producer.send(
                            ACCOUNTS,
                            ACCOUNT_SERVICE,
                            new AccountRegistered(account, SampleEvents.account("Added", manager))));
            assertThat(copied(producer, "name", account)).isEqualTo("Added");

            producer.awaitApplied(
                    "review.accounts",
                    producer.send(
                            ACCOUNTS,
                            ACCOUNT_SERVICE,
                            new AccountUpdated(
                                    account, SampleEvents.account("Added Group", manager), List.of("name"))));
            assertThat(copied(producer, "name", account)).isEqualTo("Added Group");

            producer.awaitApplied(
                    "review.accounts",
                    producer.send(ACCOUNTS, ACCOUNT_SERVICE, SampleEvents.joined(account, "mia", "MENTOR", manager)));
            assertThat(copied(producer, "team ->> 'mia'", account)).isEqualTo("MENTOR");

            producer.awaitApplied(
                    "review.accounts",
                    producer.send(
                            ACCOUNTS, ACCOUNT_SERVICE, new CoverageChanged(account, 1, "no key players", false, true)));
            assertThat(copied(producer, "coverage_status", account)).isEqualTo(1);

            producer.awaitApplied(
                    "review.accounts",
                    producer.send(
                            ACCOUNTS, ACCOUNT_SERVICE, new AccountArchived(account, "Added Group", Instant.now(), 5)));
            assertThat(copied(producer, "status", account)).isEqualTo("ARCHIVED");

            producer.assertNoneDeadLettered();
        }
    }

    @Test
    void everyScoringEventWithAddedFieldsIsApplied() {
        UUID account = UUID.randomUUID();
        String tier = "Added-" + account;
        try (NewerProducer producer = producers.open()) {
            producer.awaitApplied(
                    "review.scoring",
                    producer.send(
                            "kam.scoring",
                            SCORING_SERVICE,
                            new ScoreChanged(
                                    account,
                                    UUID.randomUUID(),
                                    1.5,
                                    1.0,
                                    2.0,
                                    0.5,
                                    tier,
                                    "MAINTENANCE",
                                    List.of(new ScoreChanged.CriterionContribution(
                                            "revenue", 1.0e6, 0.5, 1.0, 0.3, 0.3)),
                                    tier,
                                    null)));
            assertThat(copied(producer, "score", account)).isEqualTo(1.5);

            producer.awaitApplied(
                    "review.scoring",
                    producer.send(
                            "kam.scoring",
                            SCORING_SERVICE,
                            new TierChangedV2(
                                    account, "Added", tier, null, "LIST_AGREED", 2, UUID.randomUUID(), List.of())));
            assertThat(copied(producer, "tier", account)).isNull();

            UUID measured = producer.send(
                    "kam.scoring",
                    SCORING_SERVICE,
                    new ConcentrationMeasured(
                            ConcentrationMeasured.PORTFOLIO,
                            440,
                            400,
                            0.93,
                            912.5,
                            List.of(new ConcentrationMeasured.Group(account, "Added Group", 0.12))));
            producer.awaitApplied("review.scoring", measured);
            assertThat(producer.queryValue(
                            "select count(*) from concentration_snapshot where flagged::text like ?",
                            "%" + account + "%"))
                    .isEqualTo(1L);

            producer.assertNoneDeadLettered();
        }
    }

    @Test
    void everyPlanningEventWithAddedFieldsIsApplied() {
        UUID account = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID done = UUID.randomUUID();
        LocalDate due = LocalDate.now().minusDays(3);
        try (NewerProducer producer = producers.open()) {
            producer.awaitApplied(
                    "review.planning",
                    producer.send(
                            "kam.planning",
                            PLANNING_SERVICE,
                            new PlanApproved(plan, account, 1, "Grow together", LocalDate.now(), 3, "ada")));
            assertThat(producer.queryValue("select status from plan_copy where plan_id = ?", plan))
                    .isEqualTo("APPROVED");

            producer.awaitApplied(
                    "review.planning",
                    producer.send(
                            "kam.planning",
                            PLANNING_SERVICE,
                            new ObjectiveAchieved(
                                    UUID.randomUUID(),
                                    plan,
                                    account,
                                    "Double the share",
                                    "share",
                                    new BigDecimal("0.4"),
                                    new BigDecimal("0.45"))));
            assertThat(producer.queryValue("select objectives_achieved::text from plan_copy where plan_id = ?", plan))
                    .asString()
                    .contains("Double the share");

            producer.awaitApplied(
                    "review.planning",
                    producer.send(
                            "kam.planning",
                            PLANNING_SERVICE,
                            new ActionOverdue(late, plan, account, "Call", "am", due)));
            assertThat(producer.queryValue("select overdue from plan_action_copy where action_id = ?", late))
                    .isEqualTo(true);

            producer.awaitApplied(
                    "review.planning",
                    producer.send(
                            "kam.planning",
                            PLANNING_SERVICE,
                            new ActionCompleted(done, plan, account, "Visit", "am", due, LocalDate.now(), false)));
            assertThat(producer.queryValue("select on_time from plan_action_copy where action_id = ?", done))
                    .isEqualTo(false);

            producer.awaitApplied(
                    "review.planning",
                    producer.send(
                            "kam.planning", PLANNING_SERVICE, new PlanClosed(plan, account, 1, "superseded", "ada")));
            assertThat(producer.queryValue("select status from plan_copy where plan_id = ?", plan))
                    .isEqualTo("CLOSED");

            producer.assertNoneDeadLettered();
        }
    }

    /** What the events made of review's copy of the account. */
    private static Object copied(NewerProducer producer, String column, UUID account) {
        return producer.queryValue("select " + column + " from account_copy where account_id = ?", account);
    }
}
