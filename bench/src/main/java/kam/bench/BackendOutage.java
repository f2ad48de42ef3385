package kam.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * S8: review-service stopped with SIGSTOP while callers keep using it, then let go with SIGCONT. Measured: account
 * reads through the gateway before and during the outage (other routes must not notice), how long from the pause
 * until review's routes get the circuit's 503 instead of waiting out the gateway's timeout, how fast that 503 comes,
 * and how long from the resume until review answers again.
 */
final class BackendOutage {
    private static final String PAUSED = "review-service";
    private static final String PAUSED_ROUTE = Platform.GATEWAY + "/api/v1/cadence-policy";
    /** Review's callers during the outage: enough at once for the circuit's failure count within its window. */
    private static final int CALLERS = 8;

    private final Platform platform;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Latencies refused = new Latencies();
    private final AtomicLong firstRefusedAt = new AtomicLong();
    private final AtomicLong firstAnsweredAt = new AtomicLong();
    private final AtomicLong resumedAt = new AtomicLong(Long.MAX_VALUE);
    private final AtomicBoolean calling = new AtomicBoolean(true);

    record Outcome(
            Latencies.Summary before,
            Latencies.Summary during,
            Latencies.Summary refused,
            double secondsToTheFast503,
            double secondsToRecover) {

        /** The times of S8, also printed at once. */
        Map<String, Object> times() {
            System.out.printf(
                    Locale.ROOT,
                    "  S8 503 at once %.1f s after the pause, 200 again %.1f s after the resume%n",
                    secondsToTheFast503,
                    secondsToRecover);
            return Map.of("s8SecondsToTheFast503", secondsToTheFast503, "s8SecondsToRecover", secondsToRecover);
        }

        /** The rows of S8: other routes before and during the outage, and the circuit's 503s. */
        List<Row> rows(String rate, boolean full) {
            Row meanwhile = Row.of("S8 GET account via gateway, review-service paused", rate, during)
                    .against("S8 before the pause (p99 ratio)", during.p99() / before.p99());
            return List.of(
                    Row.of("S8 GET account via gateway, before the pause", rate, before),
                    full
                            ? meanwhile.aim("no errors, p99 under 25 ms", during.errors() == 0 && during.p99() < 25)
                            : meanwhile,
                    Row.of("S8 review route while its circuit is open (503)", CALLERS + " callers", refused));
        }
    }

    private BackendOutage(Platform platform) {
        this.platform = platform;
    }

    static Outcome measure(Platform platform, HttpLoad load, AccountLoad accounts, double rate, Duration step) {
        return new BackendOutage(platform).run(load, accounts, rate, step);
    }

    private Outcome run(HttpLoad load, AccountLoad accounts, double rate, Duration step) {
        ProcessHandle review =
                Processes.of(PAUSED).orElseThrow(() -> new IllegalStateException(PAUSED + " not running"));
        Latencies.Summary before = load.open(rate, step, () -> accounts.read(Platform.GATEWAY));
        long pausedAt = System.nanoTime();
        signal(review, "STOP");
        Thread callers = new Thread(() -> Workers.run(CALLERS, this::callTheReviewRoute), "bench-s8");
        Latencies.Summary during;
        try {
            callers.start();
            // Long enough for the gateway's timeout (10 s) to fail the first calls and open the circuit, and a step
            // more.
            during = load.open(rate, Duration.ofSeconds(10).plus(step), () -> accounts.read(Platform.GATEWAY));
            awaitNonZero(firstRefusedAt, Duration.ofSeconds(60));
        } finally {
            resumedAt.set(System.nanoTime());
            signal(review, "CONT");
        }
        awaitNonZero(firstAnsweredAt, Duration.ofSeconds(60));
        calling.set(false);
        join(callers);
        return new Outcome(
                before,
                during,
                refused.summary(Math.max(1e-9, (resumedAt.get() - firstRefusedAt.get()) / 1e9)),
                firstRefusedAt.get() == 0 ? Double.NaN : (firstRefusedAt.get() - pausedAt) / 1e9,
                firstAnsweredAt.get() == 0 ? Double.NaN : (firstAnsweredAt.get() - resumedAt.get()) / 1e9);
    }

    /** One of review's callers: notes the circuit's 503s and the first answer after the resume. */
    private void callTheReviewRoute() {
        while (calling.get()) {
            long began = System.nanoTime();
            try {
                int status = http.send(
                                platform.request(PAUSED_ROUTE).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                long now = System.nanoTime();
                if (status == 503) {
                    refused.record((now - began) / 1000);
                    firstRefusedAt.compareAndSet(0, now);
                    Thread.sleep(50);
                } else if (status == 200 && began > resumedAt.get()) {
                    firstAnsweredAt.compareAndSet(0, now);
                }
            } catch (IOException e) {
                refused.error(e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " exited " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitNonZero(AtomicLong value, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (value.get() == 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
