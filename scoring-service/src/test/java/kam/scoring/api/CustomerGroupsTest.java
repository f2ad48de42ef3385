package kam.scoring.api;

import static kam.platform.testing.KafkaTestClient.header;
import static kam.scoring.api.ScoringCalls.ADMIN;
import static kam.scoring.api.ScoringCalls.as;
import static kam.scoring.api.ScoringCalls.criterion;
import static kam.scoring.api.ScoringCalls.published;
import static kam.scoring.api.SelectionCalls.LIST;
import static kam.scoring.api.SelectionCalls.account;
import static kam.scoring.api.SelectionCalls.fitModel;
import static kam.scoring.api.SelectionCalls.of;
import static kam.scoring.api.SelectionCalls.policy;
import static kam.scoring.api.SelectionCalls.rate;
import static kam.scoring.api.SelectionCalls.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.KamTestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The customer group as the key account (DOMAIN.md), through the API and the real broker: a group and its units, at
 * any depth, are one candidate; the units share its tier, are never ranked and are told no tier change of their own;
 * a policy lets them stand alone.
 */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CustomerGroupsTest {
    private static final String GROUP_FIT = "groupFit";
    private final String bootstrapServers;
    private final ObjectMapper json;

    CustomerGroupsTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    @AfterEach
    void groupsAreTheCandidatesAgain() {
        policy("MANUAL", 5, false);
    }

    @Test
    void aGroupIsOneCandidateScoredOnItsWholeTreeAndItsUnitsShareItsTier() {
        policy("AUTOMATIC", 0, false);
        UUID group = account(bootstrapServers, json, "Contoso Foods");
        UUID unit = unit(bootstrapServers, json, "Contoso Foods Germany", group);
        UUID plant = unit(bootstrapServers, json, "Contoso Foods Germany Bremen", unit);
        published(modelCountingUnits());
        rate(group, GROUP_FIT, 5);
        rate(unit, GROUP_FIT, 5);
        rate(plant, GROUP_FIT, 5);

        as(ADMIN)
                .get("/api/v1/scores/" + group)
                .then()
                .body("proposedTier", equalTo("Gold"))
                .body("tier", equalTo("Gold"))
                .body("groupAccountId", nullValue())
                .body("explanation.overall.contributions.find { it.key == 'units' }.rawValue", equalTo(2.0f));
        for (UUID member : List.of(unit, plant)) {
            as(ADMIN)
                    .get("/api/v1/scores/" + member)
                    .then()
                    .body("groupAccountId", equalTo(group.toString()))
                    .body("proposedTier", nullValue())
                    .body("tier", equalTo("Gold"));
        }
        as(ADMIN)
                .get(LIST)
                .then()
                .body(of("entries", group) + ".tier", equalTo("Gold"))
                .body(of("entries", unit), nullValue())
                .body(of("entries", plant), nullValue());
        as(ADMIN)
                .body(Map.of(
                        "tier",
                        "Gold",
                        "reason",
                        "a unit alone",
                        "expiresOn",
                        LocalDate.now().plusDays(30)))
                .put("/api/v1/scores/" + unit + "/tier-override")
                .then()
                .statusCode(422)
                .body("detail", containsString(group.toString()));
        assertThat(tierChangesOf(group)).isNotEmpty();
        assertThat(tierChangesOf(unit)).isEmpty();

        policy("AUTOMATIC", 0, true);
        as(ADMIN)
                .get("/api/v1/scores/" + unit)
                .then()
                .body("groupAccountId", nullValue())
                .body("proposedTier", notNullValue());
        policy("AUTOMATIC", 0, false);
        as(ADMIN)
                .get("/api/v1/scores/" + unit)
                .then()
                .body("groupAccountId", equalTo(group.toString()))
                .body("proposedTier", nullValue());
    }

    /**
     * A fit of this test's own, and the number of units at any depth on a scale of 0..100: a unit counts only a
     * few points, so that accounts of other tests, which have no key fit, earn no tier.
     */
    private static Map<String, Object> modelCountingUnits() {
        Map<String, Object> model = fitModel(GROUP_FIT, 70);
        List<Object> criteria = new ArrayList<>((List<?>) model.get("criteria"));
        criteria.add(criterion("units", 0.01, 0, 100, "UNITS", "ATTRACTIVENESS"));
        model.put("criteria", criteria);
        return model;
    }

    private List<ConsumerRecord<String, String>> tierChangesOf(UUID account) {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            return kafka.read(
                    "kam.scoring",
                    r -> account.toString().equals(r.key())
                            && header(r, "ce_type").startsWith("kam.scoring.tier-changed"),
                    found -> !found.isEmpty(),
                    Duration.ofSeconds(3));
        }
    }
}
