package kam.system;

import static kam.system.SharedPlatform.admin;
import static kam.system.SharedPlatform.api;
import static kam.system.SharedPlatform.platform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a system test sets up through the gateway, as a user would: accounts, their team, a key account with its
 * revenue under the published model, an approved plan; and what it reads as finance does, from the topics.
 */
final class Steps {
    static final String MANAGER = "amelia";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static volatile boolean modelPublished;

    private Steps() {}

    static String register(String name, String bearer) {
        Api.Answer created = api().post(
                        "/api/v1/accounts",
                        bearer,
                        Map.of("name", name, "currency", "EUR", "status", "ACTIVE", "ownerId", MANAGER));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith(platform().gateway());
        return created.body().get("id").asText();
    }

    static void join(String account, String user, String role, String bearer) {
        assertThat(api().post("/api/v1/accounts/" + account + "/team", bearer, Map.of("userId", user, "role", role))
                        .status())
                .isEqualTo(201);
    }

    /** Three quarters of revenue for each account, in one import: {@code quarterly} per account, in euros. */
    static void importRevenue(Map<String, Integer> quarterly) {
        StringBuilder csv = new StringBuilder("accountId,period,revenue,margin,categorySpend,currency\n");
        for (String quarter : List.of("2026-Q1", "2026-Q2", "2026-Q3")) {
            quarterly.forEach((account, revenue) -> csv.append(account)
                    .append(',')
                    .append(quarter)
                    .append(',')
                    .append(revenue)
                    .append(',')
                    .append(revenue / 5)
                    .append(',')
                    .append(revenue * 2)
                    .append(",EUR\n"));
        }
        assertThat(api().send("POST", "/api/v1/accounts/revenue-imports", admin(), csv.toString(), "text/csv", null)
                        .status())
                .isEqualTo(200);
    }

    /**
     * The system tests' scoring model, published once per run: revenue and margin, one tier "Key" from 60. An account
     * with 3,000,000 a quarter is key under it: the agreed list follows the scores (AUTOMATIC, no margin), so that a
     * test of what follows a key account need not agree a list first. A test of the agreement itself sets MANUAL.
     */
    static synchronized void modelTieringTheLargest() {
        listPolicy("AUTOMATIC", 0);
        if (modelPublished) {
            return;
        }
        publishModel(systemTestModel());
        modelPublished = true;
    }

    /** Drafts the model and publishes it: the active model from here on. */
    static void publishModel(Map<String, Object> body) {
        Api.Answer model = api().post("/api/v1/scoring-models", admin(), body);
        assertThat(model.status()).isEqualTo(201);
        String id = model.body().get("id").asText();
        assertThat(api().send("POST", "/api/v1/scoring-models/" + id + "/publish", admin(), null, null, model.etag())
                        .status())
                .isEqualTo(200);
    }

    /** How the agreed key-account list follows the scores, set by a kam-admin. */
    static void listPolicy(String mode, double margin) {
        Api.Answer set = api().send(
                        "PUT",
                        "/api/v1/key-accounts/policy",
                        admin(),
                        Map.of("mode", mode, "margin", margin),
                        "application/json",
                        null);
        assertThat(set.status()).isEqualTo(200);
    }

    /** The body that drafts {@link #modelTieringTheLargest}'s model: a test publishing it again changes no tier. */
    static Map<String, Object> systemTestModel() {
        Map<String, Object> revenue = Map.of(
                "key",
                "revenue12m",
                "name",
                "Revenue",
                "weight",
                3,
                "source",
                "REVENUE_12M",
                "axis",
                "ATTRACTIVENESS",
                "scale",
                Map.of("min", 0, "max", 9000000));
        Map<String, Object> margin = Map.of(
                "key",
                "margin",
                "name",
                "Margin",
                "weight",
                1,
                "source",
                "MARGIN",
                "axis",
                "RELATIVE_STRENGTH",
                "scale",
                Map.of("min", 0, "max", 30));
        return Map.of(
                "name", "System test model",
                "criteria", List.of(revenue, margin),
                "tierScheme", Map.of("name", "Key only", "tiers", List.of(Map.of("name", "Key", "lowerBound", 60))));
    }

    /** A new account that the published model makes key, with an executive sponsor, a mentor and a commercial lead. */
    static String keyAccount(String name) {
        modelTieringTheLargest();
        String am = platform().bearer(MANAGER, "account-manager");
        String account = register(name + " " + UUID.randomUUID(), am);
        join(account, "ceo", "EXECUTIVE_SPONSOR", am);
        join(account, "mia", "MENTOR", am);
        join(account, "tom", "COMMERCIAL", am);
        importRevenue(Map.of(account, 3_000_000));
        await().atMost(PATIENCE).until(() -> "Key"
                .equals(api().get("/api/v1/scores/" + account, am)
                        .body()
                        .path("tier")
                        .asText(null)));
        return account;
    }

    /** The draft plan planning started for a key account. */
    static String draftPlanOf(String account) {
        String am = platform().bearer(MANAGER, "account-manager");
        return await().atMost(PATIENCE)
                .until(
                        () -> api().get("/api/v1/plans?accountId=" + account, am)
                                .body()
                                .at("/items/0/id")
                                .asText(null),
                        id -> id != null);
    }

    /**
     * The account's plan, submitted, committed to by the core team and approved by the mentor; answers its id. Planning
     * hears of the account, its team and its tier on two topics: a draft started by the tier may be ahead of the
     * account (404) or of its team (403), so each step is tried until planning has caught up.
     */
    static String approvedPlanOf(String account) {
        String plan = draftPlanOf(account);
        String am = platform().bearer(MANAGER, "account-manager");
        submitted(plan, am);
        for (String bearer :
                List.of(am, platform().bearer("ceo", "executive"), platform().bearer("tom", "viewer"))) {
            answeredOnceCaughtUp(
                    () -> api().send("POST", "/api/v1/plans/" + plan + "/commit", bearer, null, null, "*"));
        }
        Api.Answer approved = answeredOnceCaughtUp(() -> api().send(
                        "POST",
                        "/api/v1/plans/" + plan + "/approve",
                        platform().bearer("mia", "mentor"),
                        null,
                        null,
                        "*"));
        assertThat(approved.body().get("approvedRevision").asInt()).isEqualTo(1);
        return plan;
    }

    /**
     * Submits the draft once planning knows the account and the submitter. Who must commit is worked out when the
     * mentor approves, from the team planning knows by then.
     */
    static void submitted(String plan, String bearer) {
        answeredOnceCaughtUp(() -> api().send("POST", "/api/v1/plans/" + plan + "/submit", bearer, null, null, "*"));
    }

    /** The first answer once planning has caught up: the request is sent again while it answers 404 or 403. */
    static Api.Answer onceCaughtUp(Supplier<Api.Answer> request) {
        return await().atMost(PATIENCE).until(request::get, a -> a.status() != 404 && a.status() != 403);
    }

    private static Api.Answer answeredOnceCaughtUp(Supplier<Api.Answer> request) {
        Api.Answer answer = onceCaughtUp(request);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer;
    }

    /** The first record on the topic that is wanted, read by a consumer group of its own, as finance reads. */
    static ConsumerRecord<String, String> awaitEvent(String topic, Predicate<ConsumerRecord<String, String>> wanted) {
        try (KafkaConsumer<String, String> finance = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", platform().bootstrapServers(),
                "group.id", "finance-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            finance.subscribe(List.of(topic));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                List<ConsumerRecord<String, String>> seen = new ArrayList<>();
                finance.poll(Duration.ofMillis(500)).forEach(seen::add);
                for (ConsumerRecord<String, String> record : seen) {
                    if (wanted.test(record)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no such event on " + topic + " within 60 s");
    }

    /** A record as the platform's producers send one: a CloudEvent in binary mode from the system tests. */
    static ProducerRecord<String, String> cloudEvent(String topic, String key, String value, String id, String type) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("ce_specversion", bytes("1.0"));
        record.headers().add("ce_id", bytes(id));
        record.headers().add("ce_source", bytes("/kam/system-tests"));
        record.headers().add("ce_type", bytes(type));
        return record;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
