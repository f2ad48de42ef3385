package kam.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform proved whole: the packaged services and the gateway as processes against real Kafka and PostgreSQL,
 * used only through the gateway, with a plain Kafka consumer playing finance. First the key-account flow from
 * registration to the quarter's results; then Kafka, a service and PostgreSQL each fail, and nothing is lost; a poison
 * record is set aside without stopping its partition; a consumer reading its topic again changes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyAccountPlatformSystemTest {
    private static SystemPlatform platform;
    private static Api api;
    private static String admin;
    private static final String MANAGER = "amelia";

    private static String bigCo;
    private static String smallCo;

    @BeforeAll
    static void start() {
        platform = new SystemPlatform();
        api = new Api(platform.gateway());
        admin = platform.bearer("ada", "kam-admin");
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void aKeyAccountIsChosenPlannedReviewedAndReportedThroughTheGatewayOnly() {
        String am = platform.bearer(MANAGER, "account-manager");
        bigCo = register("Big Co", am);
        String midCo = register("Mid Co", am);
        smallCo = register("Small Co", am);
        join(bigCo, "ceo", "EXECUTIVE_SPONSOR", am);
        join(bigCo, "mia", "MENTOR", am);
        join(bigCo, "tom", "COMMERCIAL", am);
        assertThat(api.post(
                                "/api/v1/accounts/" + bigCo + "/stakeholders",
                                am,
                                Map.of(
                                        "name",
                                        "Priya Raman",
                                        "title",
                                        "COO",
                                        "attitude",
                                        "CHAMPION",
                                        "influence",
                                        5,
                                        "buyingRoles",
                                        List.of("DECISION_MAKER")))
                        .status())
                .isEqualTo(201);
        StringBuilder csv = new StringBuilder("accountId,period,revenue,margin,categorySpend,currency\n");
        for (String quarter : List.of("2026-Q1", "2026-Q2", "2026-Q3")) {
            csv.append(bigCo).append(',').append(quarter).append(",3000000,600000,6000000,EUR\n");
            csv.append(midCo).append(',').append(quarter).append(",300000,45000,2000000,EUR\n");
            csv.append(smallCo).append(',').append(quarter).append(",30000,3000,900000,EUR\n");
        }
        assertThat(api.send("POST", "/api/v1/accounts/revenue-imports", admin, csv.toString(), "text/csv", null)
                        .status())
                .isEqualTo(200);

        // A published model tiers the portfolio; finance, reading kam.scoring, hears of Big Co becoming key.
        Api.Answer model = api.post(
                "/api/v1/scoring-models",
                admin,
                Map.of(
                        "name", "System test model",
                        "criteria",
                                List.of(
                                        Map.of(
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
                                                Map.of("min", 0, "max", 9000000)),
                                        Map.of(
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
                                                Map.of("min", 0, "max", 30))),
                        "tierScheme",
                                Map.of("name", "Key only", "tiers", List.of(Map.of("name", "Key", "lowerBound", 60)))));
        assertThat(model.status()).isEqualTo(201);
        String modelId = model.body().get("id").asText();
        assertThat(api.send("POST", "/api/v1/scoring-models/" + modelId + "/publish", admin, null, null, model.etag())
                        .status())
                .isEqualTo(200);
        ConsumerRecord<String, String> tierChange = awaitEvent(
                "kam.scoring",
                r -> bigCo.equals(r.key()) && "kam.scoring.tier-changed.v1".equals(header(r, "ce_type")));
        assertThat(tierChange.value()).contains("\"tier\":\"Key\"").contains(bigCo);
        assertThat(header(tierChange, "ce_source")).isEqualTo("/kam/scoring-service");
        assertThat(header(tierChange, "ce_subject")).isEqualTo(bigCo);
        assertThat(header(tierChange, "ce_id")).isNotBlank();
        JsonNode score = api.get("/api/v1/scores/" + bigCo, am).body();
        assertThat(score.get("tier").asText()).isEqualTo("Key");
        assertThat(score.at("/explanation/overall/contributions")).isNotEmpty();

        // The key account gets a draft plan; the core team commits and the mentor approves.
        String plan = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.get("/api/v1/plans?accountId=" + bigCo, am)
                                .body()
                                .at("/items/0/id")
                                .asText(null),
                        id -> id != null);
        assertThat(api.send("POST", "/api/v1/plans/" + plan + "/submit", am, null, null, "*")
                        .status())
                .isEqualTo(200);
        for (String bearer : List.of(am, platform.bearer("ceo", "executive"), platform.bearer("tom", "viewer"))) {
            assertThat(api.send("POST", "/api/v1/plans/" + plan + "/commit", bearer, null, null, "*")
                            .status())
                    .isEqualTo(200);
        }
        Api.Answer approved = api.send(
                "POST", "/api/v1/plans/" + plan + "/approve", platform.bearer("mia", "mentor"), null, null, "*");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("approvedRevision").asInt()).isEqualTo(1);

        // 90-day reviews are booked 12 months ahead, and the mentor review of the approved plan.
        JsonNode reviews = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.get("/api/v1/reviews?accountId=" + bigCo + "&status=SCHEDULED&kind=ACCOUNT", am)
                                .body()
                                .get("items"),
                        items -> items != null && items.size() == 4);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = LocalDate.parse(reviews.get(0).get("date").asText());
        assertThat(LocalDate.parse(reviews.get(3).get("date").asText())).isBeforeOrEqualTo(today.plusMonths(12));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/v1/reviews?accountId=" + bigCo + "&kind=MENTOR", am)
                                .body()
                                .get("items")
                                .size()
                        == 1);

        // On the meeting's day (review-service restarted that far ahead) it is held with an action item.
        long toMeeting = ChronoUnit.DAYS.between(today, first);
        platform.stop("review-service");
        platform.start("review-service", Map.of("KAM_CLOCK_OFFSET", "P" + toMeeting + "D"));
        String review = reviews.get(0).get("id").asText();
        String etag = api.get("/api/v1/reviews/" + review, am).etag();
        Api.Answer held = api.send(
                "POST",
                "/api/v1/reviews/" + review + "/outcome",
                am,
                Map.of(
                        "results", List.of("Renewed the contract"),
                        "decisions", List.of("Pilot in Spain"),
                        "actionItems", List.of(Map.of("title", "Send the revised service levels", "owner", MANAGER))),
                "application/json",
                etag);
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.body().get("status").asText()).isEqualTo("COMPLETED");

        // The item becomes a plan action; 40 days on it is overdue, and planning says so on kam.planning.
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/plans/" + plan + "/actions", am)
                .body()
                .get("items")
                .findValuesAsText("title")
                .contains("Send the revised service levels"));
        platform.stop("planning-service");
        platform.start("planning-service", Map.of("KAM_CLOCK_OFFSET", "P" + (toMeeting + 40) + "D"));
        ConsumerRecord<String, String> overdue = awaitEvent(
                "kam.planning",
                r -> bigCo.equals(r.key()) && "kam.planning.action-overdue.v1".equals(header(r, "ce_type")));
        assertThat(overdue.value()).contains("Send the revised service levels");

        // The quarter's results show the held review and its action item.
        String quarter = first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
        JsonNode results =
                api.get("/api/v1/reports/quarterly/" + quarter, admin).body();
        JsonNode line = null;
        for (JsonNode account : results.get("accounts")) {
            if (account.get("accountId").asText().equals(bigCo)) {
                line = account;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.get("reviewsHeld").asInt()).isEqualTo(1);
        assertThat(line.get("actionItemsRaised").asInt()).isEqualTo(1);
        assertThat(line.get("tierAtEnd").asText()).isEqualTo("Key");
    }

    @Test
    @Order(2)
    void writesKeepSucceedingWhileKafkaIsDownAndAllArriveInOrderOnceItIsBack() {
        platform.stopKafka();
        // A steady, bounded write load for 30 s: one rename a second, each acknowledged by account-service.
        int attempted = 0;
        int acknowledged = 0;
        long downSince = System.nanoTime();
        while (System.nanoTime() - downSince < Duration.ofSeconds(30).toNanos()) {
            attempted++;
            if (tryRename(smallCo, "Small Co (write " + attempted + " while Kafka was down)")) {
                acknowledged++;
            }
            SystemPlatform.sleep(1000);
        }
        platform.startKafka();
        long back = System.nanoTime();
        // The last write is what scoring ends with: the writes arrived, and in their order.
        awaitPortfolioName("Small Co (write " + attempted + " while Kafka was down)");
        long recoverySeconds = Duration.ofNanos(System.nanoTime() - back).toSeconds();
        System.out.printf(
                "Kafka down 30 s | writes attempted %d | acknowledged %d | last write applied by scoring %d s after"
                        + " Kafka was back%n",
                attempted, acknowledged, recoverySeconds);
        assertThat(acknowledged).isEqualTo(attempted);
        assertThat(recoverySeconds).isLessThanOrEqualTo(60);
    }

    @Test
    @Order(3)
    void aServiceThatIsDownAnswers503AtTheGatewayAndCatchesUpWhenBack() {
        platform.stop("scoring-service");
        Api.Answer down = api.get("/api/v1/portfolio?limit=1", admin);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.raw().headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        rename(smallCo, "Small Co (renamed while scoring was down)");
        platform.start("scoring-service", Map.of());
        awaitPortfolioName("Small Co (renamed while scoring was down)");
    }

    @Test
    @Order(4)
    void postgresDownIsA503ThatChangesNothingAndWhatWasCommittedBeforeStillArrives() {
        rename(smallCo, "Small Co (renamed just before PostgreSQL stopped)");
        platform.stopPostgres();
        Api.Answer refused = api.post("/api/v1/accounts", admin, Map.of("name", "Lost Co", "currency", "EUR"));
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isNotNull();
        // The gateway is not ready while a service behind it cannot reach its database.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> api.get("/q/health/ready", null).status() == 503);
        platform.startPostgres();
        // The services recover by themselves: no restart.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> api.get("/q/health/ready", null).status() == 200);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> api.post("/api/v1/accounts", admin, Map.of("name", "After Co", "currency", "EUR"))
                                .status()
                        == 201);
        awaitPortfolioName("Small Co (renamed just before PostgreSQL stopped)");
        assertThat(api.get("/api/v1/accounts?q=Lost%20Co", admin).body().get("items"))
                .isEmpty();
    }

    @Test
    @Order(5)
    void aPoisonRecordLandsInTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        String poisonId = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", platform.bootstrapServers(),
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            ProducerRecord<String, String> poison = new ProducerRecord<>("kam.accounts", smallCo, "{not json at all");
            poison.headers().add("ce_specversion", bytes("1.0"));
            poison.headers().add("ce_id", bytes(poisonId));
            poison.headers().add("ce_source", bytes("/kam/account-service"));
            poison.headers().add("ce_type", bytes("kam.account.updated.v1"));
            poison.headers().add("ce_subject", bytes(smallCo));
            producer.send(poison);
        }
        ConsumerRecord<String, String> dead = awaitEvent("kam.dlq", r -> poisonId.equals(header(r, "ce_id")));
        assertThat(header(dead, "dead-letter-topic")).isEqualTo("kam.accounts");
        assertThat(header(dead, "dead-letter-reason")).isNotBlank();
        // The same account's next change, behind the poison record on its partition, still arrives.
        rename(smallCo, "Small Co (renamed after the poison record)");
        awaitPortfolioName("Small Co (renamed after the poison record)");
    }

    @Test
    @Order(6)
    void aConsumerReadingItsTopicAgainFromTheStartChangesNothing() throws Exception {
        JsonNode before = api.get("/api/v1/portfolio?limit=100", admin).body();
        platform.stop("scoring-service");
        try (Admin kafka = Admin.create(Map.of("bootstrap.servers", platform.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            kafka.describeTopics(List.of("kam.accounts"))
                    .allTopicNames()
                    .get()
                    .get("kam.accounts")
                    .partitions()
                    .forEach(p ->
                            start.put(new TopicPartition("kam.accounts", p.partition()), new OffsetAndMetadata(0)));
            kafka.alterConsumerGroupOffsets("scoring-service", start).all().get();
            platform.start("scoring-service", Map.of());
            // Replayed once the group is back at the end of every partition.
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(
                                        "scoring-service")
                                .partitionsToOffsetAndMetadata()
                                .get();
                        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                        committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                        var ends = kafka.listOffsets(latest).all().get();
                        return !committed.isEmpty()
                                && committed.entrySet().stream()
                                        .allMatch(e -> e.getValue().offset()
                                                >= ends.get(e.getKey()).offset());
                    });
        }
        assertThat(api.get("/api/v1/portfolio?limit=100", admin).body()).isEqualTo(before);
    }

    private static String register(String name, String bearer) {
        Api.Answer created = api.post(
                "/api/v1/accounts",
                bearer,
                Map.of("name", name, "currency", "EUR", "status", "ACTIVE", "ownerId", MANAGER));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith(platform.gateway());
        return created.body().get("id").asText();
    }

    private static void join(String account, String user, String role, String bearer) {
        assertThat(api.post("/api/v1/accounts/" + account + "/team", bearer, Map.of("userId", user, "role", role))
                        .status())
                .isEqualTo(201);
    }

    private static void rename(String account, String name) {
        assertThat(tryRename(account, name)).as("rename to " + name).isTrue();
    }

    private static boolean tryRename(String account, String name) {
        String etag = api.get("/api/v1/accounts/" + account, admin).etag();
        Api.Answer renamed = api.send(
                "PATCH",
                "/api/v1/accounts/" + account,
                admin,
                Map.of("name", name),
                "application/merge-patch+json",
                etag);
        return renamed.status() == 200;
    }

    /** Scoring's copy of the account has the new name: the event went from account-service through Kafka to it. */
    private static void awaitPortfolioName(String name) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    Api.Answer portfolio = api.get("/api/v1/portfolio?limit=100", admin);
                    return portfolio.status() == 200
                            && portfolio
                                    .body()
                                    .get("items")
                                    .findValuesAsText("name")
                                    .contains(name);
                });
    }

    private static ConsumerRecord<String, String> awaitEvent(
            String topic, java.util.function.Predicate<ConsumerRecord<String, String>> wanted) {
        try (KafkaConsumer<String, String> finance = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", platform.bootstrapServers(),
                "group.id", "finance-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            finance.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
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

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
