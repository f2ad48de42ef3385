package kam.review.api;

import static io.restassured.RestAssured.given;
import static kam.platform.testing.KafkaTestClient.header;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.scoring.ScoreChanged;
import kam.platform.events.scoring.TierChangedV2;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.SampleEvents;
import kam.platform.testing.TestTokens;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What the review tests call it with: callers, the cadence policy, accounts and scores told as events. */
final class ReviewCalls {
    static final String REVIEWS = "/api/v1/reviews";
    static final String POLICY = "/api/v1/cadence-policy";
    static final String ADMIN = TestTokens.bearer("ada.admin", "kam-admin");
    static final String VIEWER = TestTokens.bearer("val", "viewer");
    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String ACCOUNTS = "kam.accounts";
    private static final String ACCOUNT_SERVICE = "/kam/account-service";

    private ReviewCalls() {}

    /** An account in a key tier of its own, with its manager, executive sponsor and mentor named per test. */
    record KeyAccount(UUID id, String tier, String manager, String sponsor, String mentor) {
        String managerToken() {
            return TestTokens.bearer(manager, "account-manager");
        }

        String sponsorToken() {
            return TestTokens.bearer(sponsor, "executive");
        }
    }

    static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    /**
     * Makes a new tier the cadence's (the policy is the service's one, so each test sets its own), and puts an
     * account named {@code name} in it, scored 72, with an executive sponsor and a mentor when {@code withSponsor}.
     */
    static KeyAccount keyAccount(String bootstrapServers, ObjectMapper json, String name, boolean withSponsor) {
        String tier = "Key-" + UUID.randomUUID();
        setPolicy(policy("TIERS", 20, List.of(tier)));
        return accountIn(tier, bootstrapServers, json, name, withSponsor);
    }

    /** Another account in the tier of {@code other}. */
    static KeyAccount accountIn(String tier, String bootstrapServers, ObjectMapper json, String name, boolean sponsor) {
        UUID id = UUID.randomUUID();
        KeyAccount account =
                new KeyAccount(id, tier, "am-" + id, sponsor ? "ceo-" + id : null, sponsor ? "mia-" + id : null);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            register(kafka, json, id, name, account.manager());
            if (sponsor) {
                kafka.sendEvent(
                        ACCOUNTS,
                        ACCOUNT_SERVICE,
                        SampleEvents.joined(id, account.sponsor(), "EXECUTIVE_SPONSOR", account.manager()),
                        json);
                kafka.sendEvent(
                        ACCOUNTS,
                        ACCOUNT_SERVICE,
                        SampleEvents.joined(id, account.mentor(), "MENTOR", account.manager()),
                        json);
            }
            score(kafka, json, id, 72.0, tier);
        }
        return account;
    }

    static void register(KafkaTestClient kafka, ObjectMapper json, UUID id, String name, String manager) {
        kafka.sendEvent(
                ACCOUNTS, ACCOUNT_SERVICE, new AccountRegistered(id, SampleEvents.account(name, manager)), json);
        kafka.sendEvent(ACCOUNTS, ACCOUNT_SERVICE, SampleEvents.joined(id, manager, "ACCOUNT_MANAGER", manager), json);
    }

    static void score(KafkaTestClient kafka, ObjectMapper json, UUID id, double score, String tier) {
        kafka.sendEvent(
                "kam.scoring",
                "/kam/scoring-service",
                new ScoreChanged(id, UUID.randomUUID(), score, score, score, 1.0, tier, "STAR", List.of(), tier, null),
                json);
        if (tier != null) {
            agreed(kafka, json, id, null, tier);
        }
    }

    /** The agreed list moved the account from one tier to another (null: out of the list). */
    static void agreed(KafkaTestClient kafka, ObjectMapper json, UUID id, String from, String to) {
        kafka.sendEvent(
                "kam.scoring",
                "/kam/scoring-service",
                new TierChangedV2(id, "Account " + id, from, to, "LIST_AGREED", 1, UUID.randomUUID(), List.of()),
                json);
    }

    static List<Map<String, Object>> awaitScheduled(UUID account, int count) {
        return await().atMost(PATIENCE)
                .until(
                        () -> as(VIEWER)
                                .queryParam("accountId", account.toString())
                                .queryParam("status", "SCHEDULED")
                                .queryParam("kind", "ACCOUNT")
                                .get(REVIEWS)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<List<Map<String, Object>>>path("items"),
                        items -> items.size() == count);
    }

    /** The account's events on kam.reviews by type, once {@code types} types have arrived. */
    static Map<String, List<ConsumerRecord<String, String>>> eventsByType(
            String bootstrapServers, UUID account, int types) {
        Map<String, List<ConsumerRecord<String, String>>> byType = new HashMap<>();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.read(
                            "kam.reviews",
                            r -> account.toString().equals(r.key()),
                            found -> found.stream()
                                            .map(r -> header(r, "ce_type"))
                                            .distinct()
                                            .count()
                                    >= types,
                            PATIENCE)
                    .forEach(r -> byType.computeIfAbsent(header(r, "ce_type"), t -> new ArrayList<>())
                            .add(r));
        }
        return byType;
    }

    static Map<String, Object> firstOf(ExtractableResponse<Response> page) {
        List<Map<String, Object>> items = page.path("items");
        return items.isEmpty() ? null : items.get(0);
    }

    static Calendar ics(Response response) throws Exception {
        response.then().statusCode(200).contentType(containsString("text/calendar"));
        return new CalendarBuilder().build(new StringReader(response.asString()));
    }

    static Map<String, Object> outcome(List<Map<String, Object>> items) {
        return Map.of(
                "results", List.of("Renewed the supply contract"),
                "decisions", List.of("Pilot the private label range in Spain"),
                "actionItems", items,
                "projectTeams",
                        List.of(Map.of(
                                "name", "Spain pilot", "purpose", "Launch by Q3", "members", List.of("tom", "ana"))));
    }

    static Map<String, Object> policy(String selection, int topN, List<String> tiers) {
        Map<String, Object> policy = new HashMap<>();
        policy.put("selection", selection);
        policy.put("topN", topN);
        policy.put("tiers", tiers);
        policy.put("intervalDays", 90);
        policy.put("horizonMonths", 12);
        policy.put("mentorIntervalDays", 120);
        policy.put("requiredRoles", List.of("ACCOUNT_MANAGER", "EXECUTIVE_SPONSOR"));
        policy.put("invited", List.of(Map.of("function", "ACCOUNTS_RECEIVABLE", "userId", "ar-lead")));
        policy.put("meetingTime", "10:00");
        policy.put("durationMinutes", 90);
        policy.put("timeZone", "UTC");
        policy.put("missedAfterDays", 7);
        policy.put("actionDueDays", 30);
        return policy;
    }

    static void setPolicy(Map<String, Object> policy) {
        as(ADMIN)
                .header("If-Match", policyEtag())
                .body(policy)
                .put(POLICY)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("updatedBy", equalTo("ada.admin"));
    }

    static String policyEtag() {
        return as(VIEWER).get(POLICY).then().statusCode(200).extract().header("ETag");
    }

    static String etag(String review) {
        return as(VIEWER)
                .get(REVIEWS + "/" + review)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** The account manager cancels the review (200); answers the response for what a test checks further. */
    static ValidatableResponse cancel(KeyAccount account, String review) {
        return as(account.managerToken())
                .header("If-Match", etag(review))
                .body(Map.of("reason", "Merged into the next one"))
                .post(REVIEWS + "/" + review + "/cancel")
                .then()
                .statusCode(200);
    }

    static String itemEtag(String item) {
        return as(VIEWER)
                .get("/api/v1/action-items/" + item)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
