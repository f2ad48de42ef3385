package kam.planning.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.scoring.TierChangedV2;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.SampleEvents;
import kam.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What the planning tests call it with: callers, accounts made known through events, a key account's team. */
final class PlanCalls {
    static final String PLANS = "/api/v1/plans";
    static final String ADMIN = TestTokens.bearer("ada.admin", "kam-admin");
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private PlanCalls() {}

    /** A key account's people, each with a name of their own per test. */
    record Team(UUID account, String manager, String colleague, String mentor) {
        String managerToken() {
            return TestTokens.bearer(manager, "account-manager");
        }

        String colleagueToken() {
            return TestTokens.bearer(colleague, "account-manager");
        }

        String mentorToken() {
            return TestTokens.bearer(mentor, "mentor");
        }
    }

    static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    /**
     * An account registered with a manager, a commercial colleague and a mentor, then agreed Gold in the key-account
     * list, as the events would tell planning; answers once planning has drafted its plan.
     */
    static Team keyAccountWithTeam(String bootstrapServers, ObjectMapper json) {
        UUID account = UUID.randomUUID();
        Team team = new Team(account, "am-" + account, "tom-" + account, "mia-" + account);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.sendEvent(
                    "kam.accounts",
                    "/kam/account-service",
                    new AccountRegistered(account, SampleEvents.account("Acme", team.manager())),
                    json);
            for (Map.Entry<String, String> member : List.of(
                    Map.entry(team.manager(), "ACCOUNT_MANAGER"),
                    Map.entry(team.colleague(), "COMMERCIAL"),
                    Map.entry(team.mentor(), "MENTOR"))) {
                kafka.sendEvent(
                        "kam.accounts",
                        "/kam/account-service",
                        SampleEvents.joined(account, member.getKey(), member.getValue(), team.manager()),
                        json);
            }
            kafka.sendEvent(
                    "kam.scoring",
                    "/kam/scoring-service",
                    new TierChangedV2(account, "Acme", null, "Gold", "LIST_AGREED", 1, UUID.randomUUID(), List.of()),
                    json);
        }
        return team;
    }

    /** The plan planning drafted for the account when it entered a key tier. */
    static String draftedPlan(Team team) {
        return await().atMost(PATIENCE)
                .until(
                        () -> as(team.managerToken())
                                .queryParam("accountId", team.account().toString())
                                .get(PLANS)
                                .then()
                                .extract()
                                .path("items[0].id"),
                        id -> id != null);
    }

    /** Submits the plan, the core team commits, the mentor approves. */
    static void approve(Team team, String planId) {
        as(team.managerToken())
                .header("If-Match", "*")
                .post(PLANS + "/" + planId + "/submit")
                .then()
                .statusCode(200);
        for (String member : List.of(team.colleagueToken(), team.managerToken())) {
            as(member)
                    .header("If-Match", "*")
                    .post(PLANS + "/" + planId + "/commit")
                    .then()
                    .statusCode(200);
        }
        as(team.mentorToken())
                .header("If-Match", "*")
                .post(PLANS + "/" + planId + "/approve")
                .then()
                .statusCode(200);
    }

    /** An account registered as account-service would, once planning knows it. */
    static UUID registeredAccount(String bootstrapServers, ObjectMapper json, String name, String manager) {
        return registeredAccount(bootstrapServers, json, name, manager, null);
    }

    /** The same, as a unit of the customer group {@code group} (null: an account of its own). */
    static UUID registeredAccount(String bootstrapServers, ObjectMapper json, String name, String manager, UUID group) {
        UUID account = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.sendEvent(
                    "kam.accounts",
                    "/kam/account-service",
                    new AccountRegistered(account, SampleEvents.account(name, manager, group)),
                    json);
        }
        // Known once planning has the registration: a UNIT plan without its master is then refused with 422, not 404.
        await().atMost(PATIENCE).until(() -> accountKnown(account));
        return account;
    }

    private static boolean accountKnown(UUID account) {
        int status = as(ADMIN)
                .body(Map.of("accountId", account, "title", "probe", "periodStart", "2027-01-01", "scope", "UNIT"))
                .post(PLANS)
                .then()
                .extract()
                .statusCode();
        assertThat(status).isIn(404, 422);
        return status == 422;
    }

    /** The account's events on kam.planning, once one of type {@code last} has arrived. */
    static List<ConsumerRecord<String, String>> eventsUntil(String bootstrapServers, UUID account, String last) {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            return kafka.read(
                    "kam.planning",
                    r -> account.toString().equals(r.key()),
                    found -> found.stream().anyMatch(r -> last.equals(KafkaTestClient.header(r, "ce_type"))),
                    PATIENCE);
        }
    }
}
