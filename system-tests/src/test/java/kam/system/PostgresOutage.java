package kam.system;

import static kam.system.SharedPlatform.admin;
import static kam.system.SharedPlatform.api;
import static kam.system.SharedPlatform.platform;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * PostgreSQL stopped for a while and started again, watched from the outside: each replica's readiness and liveness
 * on its management port (every 500 ms), the gateway's answer to a write and its own readiness (every second). Something may be done
 * while the database is down ({@code meanwhile}: a test sends an event the consumers cannot yet handle).
 */
final class PostgresOutage {
    /**
     * What was seen.
     *
     * @param unready how long after the stop each replica first reported unready (absent: never)
     * @param livenessFailures liveness answers other than 200, of every replica, during the outage and the recovery
     * @param writesAnswered writes sent through the gateway during the outage
     * @param writesRefusedWithRetryAfter of which answered 503, problem+json, with Retry-After
     * @param gatewayUnready the gateway's own readiness answers other than 200 during the outage
     * @param backendsSeenDown the gateway's backends health group's answers that said a backend was down
     * @param ready from the start to every replica ready again
     * @param outboxDrained from the start to no unsent outbox row in any service database
     */
    record Observed(
            Map<String, Duration> unready,
            int livenessFailures,
            int writesAnswered,
            int writesRefusedWithRetryAfter,
            int gatewayUnready,
            int backendsSeenDown,
            Duration ready,
            Duration outboxDrained) {}

    private PostgresOutage() {}

    static Observed run(Duration outage, String refusedAccount, Runnable meanwhile) {
        List<ReplicaWatch> watches = SystemPlatform.SERVICES.stream()
                .flatMap(service -> platform().replicas(service).stream())
                .map(ReplicaWatch::new)
                .toList();
        ExecutorService watching = Executors.newFixedThreadPool(watches.size());
        int writes = 0;
        int refused = 0;
        int gatewayUnready = 0;
        int backendsDown = 0;
        Api gateway = new Api(platform().management("gateway"));
        platform().stopPostgres();
        long stopped = System.nanoTime();
        watches.forEach(watch -> watching.execute(() -> watch.watch(stopped)));
        try {
            meanwhile.run();
            while (System.nanoTime() - stopped < outage.toNanos()) {
                Api.Answer write =
                        api().post("/api/v1/accounts", admin(), Map.of("name", refusedAccount, "currency", "EUR"));
                writes++;
                if (write.status() == 503
                        && write.header("Retry-After") != null
                        && write.header("Content-Type").contains("problem+json")) {
                    refused++;
                }
                gatewayUnready += gateway.get("/q/health/ready", null).status() == 200 ? 0 : 1;
                backendsDown += gateway.get("/q/health/group/backends", null).status() == 503 ? 1 : 0;
                SystemPlatform.sleep(1000);
            }
            platform().startPostgres();
            long started = System.nanoTime();
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> watches.stream().allMatch(ReplicaWatch::readyAgain));
            Duration ready = Duration.ofNanos(System.nanoTime() - started);
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> SystemPlatform.DATABASE_NAMES.stream()
                                    .mapToLong(ServiceDatabases::unsent)
                                    .sum()
                            == 0);
            Duration drained = Duration.ofNanos(System.nanoTime() - started);
            Map<String, Duration> unready = new LinkedHashMap<>();
            watches.stream()
                    .filter(watch -> watch.unreadyAfter != null)
                    .forEach(watch -> unready.put(watch.replica, watch.unreadyAfter));
            return new Observed(
                    unready,
                    watches.stream()
                            .mapToInt(watch -> watch.livenessFailures.get())
                            .sum(),
                    writes,
                    refused,
                    gatewayUnready,
                    backendsDown,
                    ready,
                    drained);
        } finally {
            watching.shutdownNow();
        }
    }

    /**
     * One replica's health, asked every 500 ms on its own thread (a readiness answer may take a second while the
     * database is down, so asking the replicas in turn would see the last one late).
     */
    private static final class ReplicaWatch {
        private final String replica;
        private final Api management;
        private final AtomicInteger livenessFailures = new AtomicInteger();
        private volatile Duration unreadyAfter;
        private volatile boolean readyAgain;

        ReplicaWatch(String replica) {
            this.replica = replica;
            this.management = new Api(platform().management(replica));
        }

        void watch(long stopped) {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    boolean ready = management.get("/q/health/ready", null).status() == 200;
                    if (!ready && unreadyAfter == null) {
                        unreadyAfter = Duration.ofNanos(System.nanoTime() - stopped);
                    }
                    readyAgain = ready && unreadyAfter != null;
                    if (management.get("/q/health/live", null).status() != 200) {
                        livenessFailures.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    livenessFailures.incrementAndGet();
                }
                SystemPlatform.sleep(500);
            }
        }

        boolean readyAgain() {
            return readyAgain;
        }
    }
}
