import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kam.platform.infra.DemoIdentity;
import kam.platform.infra.GatewayClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Loads the demo portfolio through the gateway, as a client of the public API would: about 440 accounts whose revenue
 * is as concentrated as DOMAIN.md's real case (20 customer groups, each a group with two units, hold about 93 %; 380
 * smaller accounts about 7 %), their teams, decision-making units and relationships (one large account with 1,000),
 * eight quarters of revenue in one CSV import, and a published scoring model with ratings. Scoring proposes tiers as
 * the ratings arrive; once the scores settle, a selection round is proposed and approved, and only then do planning
 * draft plans for the agreed key accounts and review book their 90-day reviews: this waits for those and prints what
 * is there, with what the company was told on the way. Deterministic: the same portfolio every time.
 * Usage: java -cp <infra classpath> LoadDemo.java <gateway url> <data dir> [kafka bootstrap]
 */
public class LoadDemo {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Random RANDOM = new Random(2027);
    private static final String[] GROUPS = {
        "Northwind Retail Group", "Contoso Foods", "Fabrikam Industries", "Tailspin Logistics", "Adventure Works",
        "Wide World Importers", "Litware Pharma", "Proseware Energy", "Woodgrove Stores", "Coho Beverages",
        "Alpine Ski House", "Margie's Travel", "Trey Research", "Lucerne Publishing", "Humongous Insurance",
        "Blue Yonder Airlines", "Graphic Design Institute", "School of Fine Art", "Southridge Video", "VanArsdel Homes"
    };
    private static final String[] INDUSTRIES = {"Retail", "Food", "Manufacturing", "Logistics", "Pharma", "Energy"};
    private static final String[] REGIONS = {"EMEA", "AMER", "APAC"};
    private static final String[] COUNTRIES = {"GB", "DE", "FR", "NL", "US", "ES", "IT", "SE"};
    private static final String[] QUARTERS = {
        "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"
    };

    private final GatewayClient gateway;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    LoadDemo(GatewayClient gateway) {
        this.gateway = gateway;
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        DemoIdentity identity = DemoIdentity.in(Path.of(args[1], "jwt"));
        String kafka = args.length > 2 ? args[2] : "localhost:9092";
        LoadDemo demo = new LoadDemo(new GatewayClient(gateway, identity.clientToken("kam-demo-loader", "kam-admin")));
        long start = System.nanoTime();
        try {
            demo.load();
        } finally {
            demo.pool.shutdown();
        }
        System.out.printf(Locale.ROOT, "demo portfolio loaded through the gateway: %d requests in %.1f s%n",
                demo.gateway.requests(), (System.nanoTime() - start) / 1e9);
        demo.summary(kafka);
    }

    /** One account, its yearly revenue and what the loader keeps of it. */
    record Account(String id, String name, double yearlyRevenue, boolean key) {}

    void load() throws Exception {
        List<Account> accounts = new ArrayList<>();
        double[] weights = new double[GROUPS.length];
        double sum = 0;
        for (int i = 0; i < GROUPS.length; i++) {
            weights[i] = 1 / Math.pow(i + 1, 0.8);
            sum += weights[i];
        }
        double total = 500_000_000;
        List<List<Account>> groups = new ArrayList<>();
        for (int i = 0; i < GROUPS.length; i++) {
            double groupRevenue = total * 0.93 * weights[i] / sum;
            // The first group is the demo account manager's, so that the demo tokens see a full account.
            String manager = i == 0 ? "demo-account-manager" : "am-" + (1 + i % 8);
            Account parent = register(GROUPS[i], null, manager, groupRevenue * 0.6, true, i);
            List<Account> group = new ArrayList<>(List.of(parent));
            for (String unit : List.of(" UK", " Germany")) {
                group.add(register(GROUPS[i] + unit, parent.id(), manager, groupRevenue * 0.2, false, i));
            }
            groups.add(group);
            accounts.addAll(group);
        }
        List<Future<Account>> small = new ArrayList<>();
        for (int i = 0; i < 380; i++) {
            int n = i;
            double revenue = total * 0.07 / 380 * Math.exp(RANDOM.nextGaussian() * 0.6 - 0.18);
            small.add(pool.submit(() -> register(
                    String.format(Locale.ROOT, "%s Customer %03d", INDUSTRIES[n % INDUSTRIES.length], n + 1),
                    null, "am-" + (1 + n % 8), revenue, false, n)));
        }
        for (Future<Account> f : small) {
            accounts.add(f.get());
        }
        phase("accounts registered: " + accounts.size());

        for (int i = 0; i < groups.size(); i++) {
            mapDecisionMakingUnit(groups.get(i).get(0), i == 0 ? 20 : 4, i == 0 ? 50 : 6, i);
        }
        phase("teams, decision-making units and relationships mapped");

        importRevenue(accounts);
        phase("8 quarters of revenue imported for every account");

        String model = publishModel();
        for (List<Account> group : groups) {
            for (Account account : group) {
                double fit = account.key() ? 3 + RANDOM.nextInt(3) : 2 + RANDOM.nextInt(3);
                call("POST", "/api/v1/scores/" + account.id() + "/ratings",
                        Map.of("criterionKey", "strategicFit", "value", fit, "comment", "demo rating"));
            }
        }
        phase("scoring model " + model + " published and 60 accounts rated");

        agreeTheList();
        phase("the key-account list agreed");
    }

    /**
     * What a KAM administrator does with the executive sponsor once the scores have settled: start a selection round,
     * read what the model proposes, and approve it. Plans, reviews and finance follow the agreed list from here.
     */
    void agreeTheList() throws Exception {
        settledPortfolio();
        JsonNode round = gateway.runJob("POST", "/api/v1/selection-rounds", "application/json",
                "{\"title\": \"Demo portfolio, first agreed list\"}", null, "selection round");
        JsonNode approved = call("POST", "/api/v1/selection-rounds/" + round.path("id").asText() + "/approve",
                Map.of("note", "Agreed with the executive sponsor"));
        System.out.printf(Locale.ROOT, "  the round proposed %d key accounts (cap %s); approved as list version %d%n",
                round.path("keyAccounts").asInt(), round.path("cap").asText(), approved.path("listVersion").asInt());
    }

    /**
     * The portfolio once scoring has handled every revenue event (the counts per tier cover every candidate: the 20
     * groups, whose units count in them, and the 380 accounts of their own) and the ranking has stayed the same for
     * five seconds: revenue arrives as events, one account at a time.
     */
    JsonNode settledPortfolio() throws Exception {
        JsonNode portfolio = GatewayClient.waitFor(() -> call("GET", "/api/v1/portfolio?limit=20", null),
                p -> sum(p.path("tiers")) >= 400, "every candidate's score");
        JsonNode settled = portfolio;
        for (int still = 0, i = 0; still < 5 && i < 120; i++) {
            Thread.sleep(1000);
            JsonNode now = call("GET", "/api/v1/portfolio?limit=20", null);
            still = now.path("items").equals(settled.path("items")) ? still + 1 : 0;
            settled = now;
        }
        return settled;
    }

    private long phaseStart = System.nanoTime();

    void phase(String done) {
        System.out.printf(Locale.ROOT, "%s (%.1f s)%n", done, (System.nanoTime() - phaseStart) / 1e9);
        phaseStart = System.nanoTime();
    }

    private static final AtomicInteger ERP_NUMBERS = new AtomicInteger(10_000);

    Account register(String name, String parent, String manager, double revenue, boolean key, int n) {
        ObjectNode body = JSON.createObjectNode()
                .put("name", name)
                .put("industry", INDUSTRIES[n % INDUSTRIES.length])
                .put("region", REGIONS[n % REGIONS.length])
                .put("country", COUNTRIES[n % COUNTRIES.length])
                .put("ownerId", manager)
                .put("status", "ACTIVE")
                .put("currency", "EUR");
        if (parent != null) {
            body.put("parentAccountId", parent);
        }
        // The id the ERP bills it by, unique per account: finance joins tier changes to its customers by it.
        body.putObject("externalRefs").put("erp", String.format(Locale.ROOT, "C-%05d", ERP_NUMBERS.incrementAndGet()));
        if (key) {
            body.put("mission", "Be the first choice of our customers in every market we serve");
            body.putArray("businessObjectives").add("Grow private label to 30 % of sales").add("Cut cost to serve");
        }
        JsonNode created = call("POST", "/api/v1/accounts", body);
        return new Account(created.get("id").asText(), name, revenue, key);
    }

    /** The team, the org chart of the DMU and who knows whom; the first group gets its 20 x 50 relationships. */
    void mapDecisionMakingUnit(Account account, int extraMembers, int stakeholders, int n) throws Exception {
        String path = "/api/v1/accounts/" + account.id();
        List<String> members = new ArrayList<>();
        members.add(call("GET", path + "/team", null).at("/items/0/id").asText());
        String[][] fixed = {{n == 0 ? "demo-executive" : "exec-" + (1 + n % 3), "EXECUTIVE_SPONSOR"},
            {n == 0 ? "demo-mentor" : "mentor-" + (1 + n % 2), "MENTOR"}};
        for (String[] member : fixed) {
            members.add(joinTeam(path, member[0], member[1]));
        }
        String[] roles = {"TECHNICAL", "COMMERCIAL", "OPERATIONS", "SERVICE", "FINANCE"};
        for (int i = 0; i < extraMembers; i++) {
            members.add(joinTeam(path, "staff-" + n + "-" + i, roles[i % roles.length]));
        }
        List<String> people = new ArrayList<>();
        String[][] titles = {
            {"Chief Executive Officer", "C-suite", "DECISION_MAKER"},
            {"Chief Procurement Officer", "C-suite", "ECONOMIC_BUYER"},
            {"Head of Category", "Director", "INFLUENCER"},
            {"IT Director", "Director", "TECHNICAL_BUYER"},
            {"Category Manager", "Manager", "USER"},
            {"Executive Assistant", "Staff", "GATEKEEPER"}
        };
        String[] attitudes = {"CHAMPION", "SUPPORTER", "NEUTRAL", "SCEPTIC", "BLOCKER"};
        for (int i = 0; i < stakeholders; i++) {
            String[] title = titles[Math.min(i, titles.length - 1)];
            ObjectNode body = JSON.createObjectNode()
                    .put("name", "Person " + (n + 1) + "-" + (i + 1))
                    .put("title", i < titles.length ? title[0] : "Specialist " + i)
                    .put("department", i % 2 == 0 ? "Operations" : "Commercial")
                    .put("level", title[1])
                    .put("attitude", attitudes[(n + i) % attitudes.length])
                    .put("influence", Math.max(1, 5 - i / 3));
            body.putArray("buyingRoles").add(title[2]);
            if (i > 0) {
                body.put("reportsToId", people.get(i < 5 ? 0 : (i - 1) / 4));
            }
            people.add(call("POST", path + "/stakeholders", body).get("id").asText());
        }
        List<Future<JsonNode>> links = new ArrayList<>();
        boolean everyone = n == 0;
        for (int m = 0; m < members.size(); m++) {
            for (int s = 0; s < people.size(); s++) {
                if (everyone || (m + s) % 3 == 0) {
                    ObjectNode body = JSON.createObjectNode()
                            .put("teamMemberId", members.get(m))
                            .put("stakeholderId", people.get(s))
                            .put("strength", 1 + (m * 7 + s * 3 + n) % 5)
                            .put("lastContact", LocalDate.now().minusDays((m + s) % 120).toString())
                            .put("contactFrequencyDays", 30 + 30 * ((m + s) % 3));
                    links.add(pool.submit(() -> call("POST", path + "/relationships", body)));
                }
            }
        }
        for (Future<JsonNode> link : links) {
            link.get();
        }
    }

    String joinTeam(String accountPath, String user, String role) {
        return call("POST", accountPath + "/team", Map.of("userId", user, "role", role))
                .get("id")
                .asText();
    }

    /** Eight quarters per account in one all-or-nothing CSV import, growing or shrinking account by account. */
    void importRevenue(List<Account> accounts) throws InterruptedException {
        StringBuilder csv = new StringBuilder("accountId,period,revenue,margin,categorySpend,currency\n");
        for (Account account : accounts) {
            double growth = -0.10 + RANDOM.nextDouble() * 0.35;
            double share = 0.15 + RANDOM.nextDouble() * 0.55;
            double margin = 0.12 + RANDOM.nextDouble() * 0.20;
            for (int q = 0; q < QUARTERS.length; q++) {
                double yearly = account.yearlyRevenue() / (q < 4 ? 1 + growth : 1);
                double revenue = Math.round(yearly / 4 * (0.9 + RANDOM.nextDouble() * 0.2));
                csv.append(String.format(Locale.ROOT, "%s,%s,%.0f,%.0f,%.0f,EUR%n",
                        account.id(), QUARTERS[q], revenue, revenue * margin, revenue / share));
            }
        }
        gateway.runJob("POST", "/api/v1/accounts/revenue-imports", "text/csv", csv.toString(), null, "revenue import");
    }

    String publishModel() throws java.io.IOException, InterruptedException {
        // The demo's model, as a KAM administrator would write it: six criteria on the two axes, a cap of 20.
        String model = Files.readString(Path.of("deploy/local/demo/scoring-model.json"));
        JsonNode created = send("POST", "/api/v1/scoring-models", "application/json", model);
        String id = created.get("id").asText();
        gateway.runJob("POST", "/api/v1/scoring-models/" + id + "/publish", null, null,
                "\"" + created.path("version").asLong() + "\"", "publication");
        return id;
    }

    /**
     * What the portfolio looks like once the events have gone round: the agreed list, draft plans, booked reviews,
     * and what the company was told on the way: meetings cancelled, tier changes sent to finance.
     */
    void summary(String kafka) throws Exception {
        JsonNode portfolio = call("GET", "/api/v1/portfolio?limit=3", null);
        JsonNode list = call("GET", "/api/v1/key-accounts", null);
        List<String> agreed = list.path("entries").findValuesAsText("accountId");
        int keyAccounts = agreed.size();
        JsonNode drafts = GatewayClient.waitFor(() -> call("GET", "/api/v1/plans?status=DRAFT&limit=500", null).path("items"),
                items -> items.size() >= keyAccounts, "draft plans");
        int reviews = GatewayClient.waitFor(() -> call("GET", "/api/v1/reviews?status=SCHEDULED&kind=ACCOUNT&limit=500", null)
                        .path("items").size(),
                n -> n >= 4 * Math.min(keyAccounts, 20), "booked reviews");
        int cancelled = call("GET", "/api/v1/reviews?status=CANCELLED&kind=ACCOUNT&limit=500", null).path("items").size();
        long draftsOutsideTheList = drafts.findValuesAsText("accountId").stream().filter(a -> !agreed.contains(a)).count();
        Map<String, Integer> told = TierChanges.perAccount(kafka);
        int most = told.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        System.out.println("agreed key-account list: version " + list.path("version").asInt() + ", " + keyAccounts
                + " accounts " + list.path("entries").findValuesAsText("tier").stream().distinct().toList()
                + ", agreed by " + list.path("agreedBy").asText());
        System.out.println("tiers: " + portfolio.path("tiers") + ", quadrants: " + portfolio.path("quadrants"));
        System.out.println("top accounts: " + list.path("entries").findValuesAsText("name").stream().limit(3).toList());
        System.out.println("draft plans: " + drafts.size() + " (" + draftsOutsideTheList + " for accounts outside the"
                + " agreed list), account reviews booked for the next 12 months: " + reviews + ", cancelled: " + cancelled);
        System.out.println("tier changes sent to finance (kam.scoring.tier-changed.v2): "
                + told.values().stream().mapToInt(Integer::intValue).sum() + ", at most " + most + " per account");
        // A customer group (an account with its units) counts once, as DOMAIN.md's real case counts customers. The
        // revenue arrives as 3,520 events, one period at a time: the figure counts once the total stays the same.
        JsonNode concentration = call("GET", "/api/v1/portfolio/concentration?k=20", null);
        for (int still = 0, i = 0; still < 3 && i < 120; i++) {
            Thread.sleep(1000);
            JsonNode now = call("GET", "/api/v1/portfolio/concentration?k=20", null);
            still = now.path("totalRevenue").equals(concentration.path("totalRevenue")) ? still + 1 : 0;
            concentration = now;
        }
        System.out.printf(Locale.ROOT, "the top 20 customer groups hold %.1f %% of revenue (%d groups, %d accounts)%n",
                concentration.path("topShare").asDouble() * 100,
                concentration.path("groups").asInt(),
                concentration.path("accounts").asInt());
    }

    static long sum(JsonNode counts) {
        long total = 0;
        for (JsonNode count : counts) {
            total += count.asLong();
        }
        return total;
    }


    JsonNode call(String method, String path, Object body) {
        return gateway.call(method, path, body);
    }

    JsonNode send(String method, String path, String type, String body) {
        return gateway.send(method, path, type, body);
    }
}

/** Counts the agreed-tier changes on kam.scoring per account, reading the topic from its start to its end. */
final class TierChanges {
    private TierChanges() {}

    static Map<String, Integer> perAccount(String bootstrap) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, Integer> counts = new TreeMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor("kam.scoring").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    Header type = record.headers().lastHeader("ce_type");
                    if (type != null && new String(type.value(), StandardCharsets.UTF_8).equals("kam.scoring.tier-changed.v2")) {
                        counts.merge(record.key(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }
}
