package kam.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark run: machine facts, the baselines, then S1 to S8 against the platform bench/run started, printed as
 * tables and written as JSON. {@code --smoke} runs every step for a few seconds at low rates (CI proves the harness
 * works); without it, the full run at the rates of the aims, which are judged only then.
 *
 * <p>Usage: {@code kam.bench.Bench [--smoke] <repository root> <platform data folder> <results file>}
 */
public final class Bench {
    private final BenchSettings settings;
    private final Platform platform;
    private final Path root;
    private final HttpLoad load = new HttpLoad();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Bench(BenchSettings settings, Platform platform, Path root) {
        this.settings = settings;
        this.platform = platform;
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = args[0].equals("--smoke");
        int first = smoke ? 1 : 0;
        Path root = Path.of(args[first]).toAbsolutePath();
        Bench bench = new Bench(
                smoke ? BenchSettings.SMOKE : BenchSettings.FULL, new Platform(root.resolve(args[first + 1])), root);
        Map<String, Object> results = bench.run();
        Path out = Path.of(args[first + 2]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), results);
        System.out.println("\nResults written to " + out);
    }

    private Map<String, Object> run() throws Exception {
        Map<String, Object> machine = Machine.facts();
        System.out.println("Machine: " + machine + "\n");
        Duration step = settings.step();
        int clients = settings.clients();

        Quiet.await(Duration.ofMinutes(2));
        Baselines.prepare(platform);
        Latencies.Summary reads = Baselines.postgresReads(platform, clients, step);
        Latencies.Summary updates = Baselines.postgresUpdates(platform, clients, step);
        Latencies.Summary kafka = Baselines.kafkaEndToEnd(settings.kafkaMessages());
        add(Row.of("B1 PostgreSQL point read (JDBC)", clients + " clients", reads));
        add(Row.of("B2 PostgreSQL single-row update (JDBC)", clients + " clients", updates));
        add(Row.of("B3 Kafka end to end (acks=all)", "one at a time", kafka));

        AccountLoad accounts = new AccountLoad(platform, settings.pool());
        load.saturate(clients, step, () -> accounts.read(Platform.ACCOUNTS)); // warm-up, not reported
        load.saturate(clients, step, () -> accounts.read(Platform.GATEWAY));

        Map<String, Double> peakRss = new ConcurrentHashMap<>();
        ScheduledExecutorService rssSampler = Executors.newSingleThreadScheduledExecutor();
        rssSampler.scheduleAtFixedRate(
                () -> BenchSettings.MODULES.forEach(module -> Processes.of(module)
                        .ifPresent(p -> peakRss.merge(module, Processes.rssMegabytes(p.pid()), Math::max))),
                0,
                500,
                TimeUnit.MILLISECONDS);

        Quiet.await(Duration.ofMinutes(2));
        readsThroughGatewayAndDirect(accounts, reads);
        writes(accounts, updates);
        extra.put("eventsStillToHandleBeforeS4", Quiet.await(Duration.ofMinutes(3)));
        propagation(accounts, kafka);
        rssSampler.shutdownNow();

        Quiet.await(Duration.ofMinutes(3));
        relationshipMap(accounts);
        Quiet.await(Duration.ofMinutes(2));
        backendOutage(accounts);
        Quiet.await(Duration.ofMinutes(2));
        Map<String, Object> startup = startup(peakRss);
        // Last: re-scoring every account sends a score event for each, which planning and review then digest.
        double seconds = Rescore.publishOver(platform, settings.rescoreAccounts());
        Latencies.Summary rescore = new Latencies.Summary(
                settings.rescoreAccounts(),
                0,
                Map.of(),
                settings.rescoreAccounts() / seconds,
                seconds * 1000,
                seconds * 1000,
                seconds * 1000,
                seconds * 1000);
        Row rescored = Row.of("S5 publish a model, re-score", settings.rescoreAccounts() + " accounts", rescore);
        add(settings.full() ? rescored.aim("under 10 s", seconds < 10) : rescored);
        long digestStart = System.nanoTime();
        long behind = Quiet.await(Duration.ofMinutes(settings.full() ? 5 : 2));
        extra.put("secondsForTheServicesToDigestTheRescore", (System.nanoTime() - digestStart) / 1e9);
        extra.put("eventsStillToHandleAfterThat", behind);

        Row.printTable(rows);
        System.out.println();
        System.out.println(
                "| S7 service | first answer | RSS after it | peak RSS under S1 to S4 | aims (3 s, 250 MB) |");
        System.out.println("|---|--:|--:|--:|---|");
        startup.forEach((module, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) value;
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.2f s | %.0f MB | %.0f MB | %s |%n",
                    module,
                    m.get("firstAnswerSeconds"),
                    m.get("rssAfterFirstMb"),
                    m.get("peakRssUnderLoadMb"),
                    m.get("met"));
        });
        System.out.printf(Locale.ROOT, "JVM floor (java -version): %.2f s%n", extra.get("jvmSeconds"));

        if (!settings.full()) {
            requireEveryStepAnswered();
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("time", Instant.now().toString());
        results.put("mode", settings.full() ? "full" : "smoke");
        results.put("machine", machine);
        results.put("rows", rows);
        results.put("startup", startup);
        results.putAll(extra);
        return results;
    }

    private void readsThroughGatewayAndDirect(AccountLoad accounts, Latencies.Summary postgres) {
        Duration step = settings.step();
        Latencies.Summary gatewayAtThousand = null;
        Latencies.Summary directAtThousand = null;
        for (double rate : settings.readRates()) {
            Latencies.Summary viaGateway = load.open(rate, step, () -> accounts.read(Platform.GATEWAY));
            Latencies.Summary direct = load.open(rate, step, () -> accounts.read(Platform.ACCOUNTS));
            String at = (int) rate + "/s";
            Row s1 = Row.of("S1 GET account via gateway", at, viaGateway)
                    .against("S2 at the same rate (p50 ms added)", viaGateway.p50() - direct.p50());
            if (settings.full() && rate == 1000) {
                s1 = s1.aim(
                        "p99 under 25 ms; adds under 1 ms at p50",
                        viaGateway.p99() < 25 && viaGateway.p50() - direct.p50() < 1);
                gatewayAtThousand = viaGateway;
                directAtThousand = direct;
            }
            add(s1);
            add(Row.of("S2 GET account direct", at, direct));
        }
        Latencies.Summary gatewayMost = load.saturate(settings.clients(), step, () -> accounts.read(Platform.GATEWAY));
        Latencies.Summary directMost = load.saturate(settings.clients(), step, () -> accounts.read(Platform.ACCOUNTS));
        String most = "saturation, " + settings.clients() + " clients";
        Row s1 = Row.of("S1 GET account via gateway", most, gatewayMost)
                .against("S2 saturation (throughput)", gatewayMost.throughput() / directMost.throughput());
        add(settings.full() ? s1.aim("at least 1,500/s", gatewayMost.throughput() >= 1500) : s1);
        add(Row.of("S2 GET account direct", most, directMost)
                .against("B1 (throughput)", directMost.throughput() / postgres.throughput()));
        extra.put(
                "gatewayAddsAtMedianMs",
                gatewayAtThousand == null ? null : gatewayAtThousand.p50() - directAtThousand.p50());
    }

    private void writes(AccountLoad accounts, Latencies.Summary postgres) throws Exception {
        Duration step = settings.step();
        double rate = settings.writeRate();
        // The first writes run on code the JIT has not compiled yet, on every service the events reach: reported
        // apart, then the write path is warmed up as the reads were, and the aims are judged on the steady state.
        Latencies.Summary cold =
                load.open(rate, step, () -> accounts.createOrRename(Platform.GATEWAY), accounts::answered);
        add(Row.of("S3 create or rename account via gateway, first writes", (int) rate + "/s", cold));
        Quiet.await(Duration.ofMinutes(3));
        load.saturate(settings.clients(), step, () -> accounts.createOrRename(Platform.GATEWAY), accounts::answered);
        Quiet.await(Duration.ofMinutes(3));
        Latencies.Summary atRate =
                load.open(rate, step, () -> accounts.createOrRename(Platform.GATEWAY), accounts::answered);
        Row s3 = Row.of("S3 create or rename account via gateway", (int) rate + "/s", atRate);
        add(settings.full() ? s3.aim("p99 under 100 ms", atRate.p99() < 100) : s3);
        Latencies.Summary most = load.saturate(
                settings.clients(), step, () -> accounts.createOrRename(Platform.GATEWAY), accounts::answered);
        Row s3most = Row.of(
                        "S3 create or rename account via gateway",
                        "saturation, " + settings.clients() + " clients",
                        most)
                .against("B2 (throughput)", most.throughput() / postgres.throughput());
        add(settings.full() ? s3most.aim("at least 300/s", most.throughput() >= 300) : s3most);
    }

    private void propagation(AccountLoad accounts, Latencies.Summary kafka) throws Exception {
        Instant start = Instant.now();
        double rate = settings.propagationRate();
        load.open(rate, settings.step(), () -> accounts.rename(Platform.ACCOUNTS), accounts::answered);
        Propagation.Split split = Propagation.since(platform, start);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (split.applied() < split.events() && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            split = Propagation.since(platform, start);
        }
        double seconds = settings.step().toNanos() / 1e9;
        String at = (int) rate + " writes/s";
        Latencies.Summary total = split.total().summary(seconds);
        Row s4 = Row.of("S4 change to applied by scoring", at + ", " + split.applied() + "/" + split.events(), total)
                .against("B3 (p99 ratio)", total.p99() / kafka.p99());
        add(settings.full() ? s4.aim("p99 under 250 ms", total.p99() < 250 && split.applied() == split.events()) : s4);
        add(Row.of("S4 of which outbox wait", at, split.outbox().summary(seconds)));
        add(Row.of("S4 of which broker (to ack)", at, split.broker().summary(seconds)));
        add(Row.of("S4 of which consumer (after ack)", at, split.consumer().summary(seconds)));
    }

    private void relationshipMap(AccountLoad accounts) {
        String account = RelationshipMap.build(platform, settings.members(), settings.stakeholders());
        Latencies.Summary direct =
                load.open(settings.readRates()[0], settings.step(), () -> accounts.read(Platform.ACCOUNTS));
        Latencies.Summary map = load.open(settings.mapRate(), settings.step(), () -> platform.request(
                        Platform.ACCOUNTS + "/api/v1/accounts/" + account + "/relationship-map")
                .GET()
                .build());
        Row s6 = Row.of(
                        "S6 relationship map",
                        settings.members() * settings.stakeholders() + " relationships, " + (int) settings.mapRate()
                                + "/s",
                        map)
                .against("S2 GET account (p99 ratio)", map.p99() / direct.p99());
        add(settings.full() ? s6.aim("p99 under 50 ms", map.p99() < 50) : s6);
    }

    /** S8: one backend paused and resumed while the others are read; see {@link BackendOutage}. */
    private void backendOutage(AccountLoad accounts) {
        double rate = settings.readRates()[0];
        BackendOutage.Outcome outage = BackendOutage.measure(platform, load, accounts, rate, settings.step());
        outage.rows((int) rate + "/s", settings.full()).forEach(this::add);
        extra.putAll(outage.times());
    }

    private Map<String, Object> startup(Map<String, Double> peakRss) throws Exception {
        extra.put("jvmSeconds", Startup.jvmSeconds());
        Map<String, Object> startup = new LinkedHashMap<>();
        for (String module : settings.startupModules()) {
            Startup.Measured measured = Startup.of(platform, root, module);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("firstAnswerSeconds", measured.firstAnswerSeconds());
            m.put("rssAfterFirstMb", measured.rssMegabytes());
            m.put("peakRssUnderLoadMb", peakRss.getOrDefault(module, Double.NaN));
            m.put(
                    "met",
                    settings.full()
                            ? (measured.firstAnswerSeconds() <= 3 && measured.rssMegabytes() < 250 ? "met" : "missed")
                            : "—");
            startup.put(module, m);
            System.out.printf(
                    Locale.ROOT,
                    "  S7 %s: first answer %.2f s, RSS %.0f MB%n",
                    module,
                    measured.firstAnswerSeconds(),
                    measured.rssMegabytes());
        }
        return startup;
    }

    /** Keeps a row, and says so at once: a full run takes minutes. */
    private void add(Row row) {
        rows.add(row);
        System.out.printf(
                Locale.ROOT,
                "  %s, %s: %.0f/s, p99 %.1f ms, %d errors%n",
                row.name(),
                row.load(),
                row.figures().throughput(),
                row.figures().p99(),
                row.figures().errors());
    }

    /** The smoke run proves the harness and the platform work together: every step answered, none failed. */
    private void requireEveryStepAnswered() {
        for (Row row : rows) {
            if (row.figures().answered() == 0 || row.figures().errors() > 0) {
                throw new IllegalStateException(
                        row.name() + " (" + row.load() + "): " + row.figures().answered() + " answered, errors "
                                + row.figures().errorsByKind());
            }
        }
    }
}
