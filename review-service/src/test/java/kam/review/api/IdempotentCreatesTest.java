package kam.review.api;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import kam.platform.testing.IdempotentCreates;
import kam.platform.testing.IdempotentCreates.Call;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.NewerProducer;
import kam.platform.testing.NewerProducers;
import kam.platform.testing.TestTokens;
import kam.review.report.Quarter;
import org.junit.jupiter.api.Test;

/** Every create of review-service's document is safe to retry with an Idempotency-Key. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IdempotentCreatesTest {
    private static final String ADMIN = TestTokens.bearer("ada.admin", "kam-admin");
    private static final String JSON = "application/json";

    private final DataSource database;
    private final NewerProducers producers;

    IdempotentCreatesTest(DataSource database, NewerProducers producers) {
        this.database = database;
        this.producers = producers;
    }

    @Test
    void everyCreateReplaysItsFirstAnswerAndWritesOnce() {
        // Results are published for quarters that have ended.
        Quarter last = Quarter.of(Quarter.of(LocalDate.now()).from().minusDays(1));
        Quarter before = Quarter.of(last.from().minusDays(1));
        try (NewerProducer accounts = producers.open()) {
            Supplier<UUID> account = () -> accounts.registeredAccount("review.accounts", "Reviewed", "rita");
            Map<String, Supplier<Call>> calls = Map.of(
                    "bookReview",
                            () -> {
                                String review = "{\"accountId\": \"%s\", \"date\": \"%s\"}"
                                        .formatted(
                                                account.get(), LocalDate.now().plusDays(20));
                                return new Call(
                                        "/api/v1/reviews",
                                        JSON,
                                        review,
                                        review.replace("\"}", "\", \"durationMinutes\": 45}"),
                                        ADMIN);
                            },
                    "publishQuarterlyResults",
                            () -> new Call(
                                    "/api/v1/reports/quarterly/" + last + "/publish",
                                    JSON,
                                    null,
                                    null,
                                    ADMIN,
                                    "/api/v1/reports/quarterly/" + before + "/publish"));
            IdempotentCreates.assertEveryCreateReplays(Path.of("openapi", "review-service.json"), database, calls);
        }
    }
}
