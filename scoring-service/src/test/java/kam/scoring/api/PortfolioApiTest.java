package kam.scoring.api;

import static kam.platform.testing.KafkaTestClient.header;
import static kam.scoring.api.ScoringCalls.ADMIN;
import static kam.scoring.api.ScoringCalls.PATIENCE;
import static kam.scoring.api.ScoringCalls.as;
import static kam.scoring.api.ScoringCalls.publish;
import static kam.scoring.api.ScoringCalls.revenue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.account.RevenueRecorded;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.SampleEvents;
import kam.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The portfolio as executives read it: concentration, share of wallet, lifetime value, the matrix, nominations. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PortfolioApiTest {
    private final String bootstrapServers;
    private final ObjectMapper json;

    PortfolioApiTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    /** A group whose Irish unit sells 3,000,000 a year at a 600,000 margin, and another, small customer. */
    private record Customers(UUID group, UUID unit, UUID other) {}

    @Test
    void aUnitsRevenueCountsForItsGroupWhichIsFlaggedAndTheMeasureGoesOut() {
        Customers customers = customers();

        as(TestTokens.bearer("fin", "finance"))
                .queryParam("k", 1)
                .get("/api/v1/portfolio/concentration")
                .then()
                .statusCode(200)
                .body("flagged.groupId", hasItems(customers.group().toString()))
                .body("herfindahlHirschman", notNullValue())
                .body("paretoCurve.size()", greaterThan(1));
        as(TestTokens.bearer("val", "viewer"))
                .get("/api/v1/portfolio/concentration")
                .then()
                .statusCode(403);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> alerts = kafka.read(
                    "kam.scoring",
                    r -> customers.group().toString().equals(r.key())
                            && "kam.scoring.concentration-alert.v1".equals(header(r, "ce_type")),
                    found -> !found.isEmpty(),
                    PATIENCE);
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0).value()).contains("Group plc").contains("\"threshold\":0.1");

            // The measure goes out keyed by the one portfolio whenever it moves; the latest names the flagged group.
            List<ConsumerRecord<String, String>> measures = kafka.read(
                    "kam.scoring",
                    r -> "kam.scoring.concentration-measured.v1".equals(header(r, "ce_type")),
                    found -> !found.isEmpty()
                            && found.get(found.size() - 1)
                                    .value()
                                    .contains(customers.group().toString()),
                    PATIENCE);
            assertThat(measures).allMatch(r -> "00000000-0000-0000-0000-000000000000".equals(r.key()));
            assertThat(measures.get(measures.size() - 1).value()).contains("\"top20Share\":");
        }
    }

    @Test
    void shareOfWalletLifetimeValueAndTheMatrixComeWithTheirInputs() {
        Customers customers = customers();
        String unit = "/api/v1/portfolio/" + customers.unit();

        as(ADMIN)
                .get(unit + "/share-of-wallet")
                .then()
                .body("shareOfWallet", equalTo(0.25f))
                .body("whiteSpace", equalTo(9000000.0f));
        // 600000 * 0.9 / (1 + 0.1 - 0.9) = 2,700,000
        as(ADMIN)
                .queryParam("retention", 0.9)
                .queryParam("discount", 0.1)
                .queryParam("years", 3)
                .get(unit + "/lifetime-value")
                .then()
                .statusCode(200)
                .body("yearlyMargin", equalTo(600000.0f))
                .body("infiniteHorizon", equalTo(2700000.0f))
                .body("years", equalTo(3));
        as(ADMIN)
                .queryParam("retention", 1.5)
                .get(unit + "/lifetime-value")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("retention"));
        String svg = as(ADMIN)
                .accept("image/svg+xml")
                .get("/api/v1/portfolio/matrix/svg")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(svg).startsWith("<svg").contains("Strategic").contains("Laggard");
    }

    @Test
    void leadersNominateTheirKeyAccountsAndSeeHowTheyAlign() {
        Customers customers = customers();
        String ceo = TestTokens.bearer("carla.ceo", "executive");

        as(ceo).body(Map.of(
                        "accountIds",
                        List.of(customers.other().toString(), customers.unit().toString())))
                .put("/api/v1/nominations/mine")
                .then()
                .statusCode(200)
                .body("leader", equalTo("carla.ceo"));
        as(ceo).body(Map.of("accountIds", List.of(UUID.randomUUID().toString())))
                .put("/api/v1/nominations/mine")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("accountIds[0]"));
        as(ceo).get("/api/v1/nominations/report")
                .then()
                .statusCode(200)
                .body("leaders", equalTo(1))
                .body("distinctAccountsNamed", equalTo(2))
                .body("alignments[0].comparison.nominated", equalTo(2));
        as(TestTokens.bearer("mia", "account-manager"))
                .get("/api/v1/nominations/report")
                .then()
                .statusCode(403);
    }

    private Customers customers() {
        Customers customers = new Customers(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            publish(kafka, json, new AccountRegistered(customers.group(), SampleEvents.account("Group plc", "amelia")));
            publish(
                    kafka,
                    json,
                    new AccountRegistered(
                            customers.unit(), SampleEvents.account("Group plc, Ireland", "amelia", customers.group())));
            publish(kafka, json, new AccountRegistered(customers.other(), SampleEvents.account("Other Ltd", "amelia")));
            publish(
                    kafka,
                    json,
                    new RevenueRecorded(
                            customers.unit(),
                            "2026",
                            new BigDecimal("3000000"),
                            new BigDecimal("600000"),
                            new BigDecimal("12000000"),
                            "EUR",
                            Instant.now()));
            publish(kafka, json, revenue(customers.other(), "1000"));
        }
        await().atMost(PATIENCE).untilAsserted(() -> as(ADMIN)
                .get("/api/v1/portfolio/" + customers.other() + "/share-of-wallet")
                .then()
                .statusCode(200)
                .body("revenue", equalTo(1000.0f)));
        return customers;
    }
}
