package kam.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Drives HTTP load two ways. {@link #open}: requests leave at a fixed rate whatever the answers do (an open model),
 * and each latency counts from the moment its request was due, so a slow answer that holds the next requests back is
 * not hidden (no coordinated omission). {@link #saturate}: a fixed number of clients each send their next request as
 * soon as the last is answered, for the most the system gives.
 */
final class HttpLoad {
    /** More requests waiting than this means the system is far behind the rate: the rest count as errors. */
    private static final int MAX_OUTSTANDING = 4096;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "bench-http");
                thread.setDaemon(true);
                return thread;
            }))
            .build();

    Latencies.Summary open(double perSecond, Duration length, Supplier<HttpRequest> next) {
        return open(perSecond, length, next, response -> {});
    }

    Latencies.Summary saturate(int clients, Duration length, Supplier<HttpRequest> next) {
        return saturate(clients, length, next, response -> {});
    }

    /** As {@link #open(double, Duration, Supplier)}, showing every answer to {@code answered} (for ETags). */
    Latencies.Summary open(
            double perSecond, Duration length, Supplier<HttpRequest> next, Consumer<HttpResponse<Void>> answered) {
        Latencies latencies = new Latencies();
        Semaphore outstanding = new Semaphore(MAX_OUTSTANDING);
        long total = (long) (perSecond * length.toNanos() / 1e9);
        long start = System.nanoTime();
        AtomicLong sent = new AtomicLong();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch allSent = new CountDownLatch(1);
        ticker.scheduleAtFixedRate(
                () -> {
                    long due = Math.min(total, (long) ((System.nanoTime() - start) / 1e9 * perSecond) + 1);
                    for (long i = sent.get(); i < due; i = sent.incrementAndGet()) {
                        long intended = start + (long) (i * 1e9 / perSecond);
                        if (!outstanding.tryAcquire()) {
                            latencies.error("not sent: " + MAX_OUTSTANDING + " waiting");
                            continue;
                        }
                        http.sendAsync(next.get(), HttpResponse.BodyHandlers.discarding())
                                .whenComplete((response, failure) -> {
                                    if (response != null) {
                                        answered.accept(response);
                                    }
                                    if (failure != null) {
                                        latencies.error(failure.getClass().getSimpleName());
                                    } else if (response.statusCode() >= 400) {
                                        latencies.error(Integer.toString(response.statusCode()));
                                    } else {
                                        latencies.record((System.nanoTime() - intended) / 1000);
                                    }
                                    // Released once the answer is counted: the run ends when every permit is back.
                                    outstanding.release();
                                });
                    }
                    if (sent.get() >= total) {
                        allSent.countDown();
                    }
                },
                0,
                1,
                TimeUnit.MILLISECONDS);
        await(allSent);
        ticker.shutdownNow();
        outstanding.acquireUninterruptibly(MAX_OUTSTANDING);
        return latencies.summary((System.nanoTime() - start) / 1e9);
    }

    Latencies.Summary saturate(
            int clients, Duration length, Supplier<HttpRequest> next, Consumer<HttpResponse<Void>> answered) {
        Latencies latencies = new Latencies();
        long end = System.nanoTime() + length.toNanos();
        long start = System.nanoTime();
        Workers.run(clients, () -> {
            while (System.nanoTime() < end) {
                long began = System.nanoTime();
                try {
                    HttpResponse<Void> response = http.send(next.get(), HttpResponse.BodyHandlers.discarding());
                    answered.accept(response);
                    if (response.statusCode() >= 400) {
                        latencies.error(Integer.toString(response.statusCode()));
                    } else {
                        latencies.record((System.nanoTime() - began) / 1000);
                    }
                } catch (Exception e) {
                    latencies.error(e.getClass().getSimpleName());
                }
            }
        });
        return latencies.summary((System.nanoTime() - start) / 1e9);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
