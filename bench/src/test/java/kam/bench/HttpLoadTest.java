package kam.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpLoadTest {
    private HttpServer server;
    private HttpRequest request;

    /** One thread answering after 50 ms: at most 20 answers a second, whatever the rate asked. */
    @BeforeEach
    void slowServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.createContext("/", exchange -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.getAddress().getPort() + "/"))
                .build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void belowCapacityTheOpenModelMeasuresTheServiceTime() {
        Latencies.Summary summary = new HttpLoad().open(10, Duration.ofSeconds(2), () -> request);
        assertEquals(20, summary.answered());
        assertEquals(0, summary.errors());
        assertTrue(summary.p50() >= 50, "p50 " + summary.p50() + " is shorter than the server takes");
    }

    @Test
    void overCapacityTheWaitForTheServerCountsFromWhenEachRequestWasDue() {
        // 40 a second against 20 a second of capacity: the queue grows, and so must the latencies.
        Latencies.Summary summary = new HttpLoad().open(40, Duration.ofSeconds(2), () -> request);
        assertEquals(80, summary.answered());
        assertTrue(summary.p99() > 1500, "p99 " + summary.p99() + " hides the queue");
        assertTrue(summary.throughput() < 30, "throughput " + summary.throughput());
    }

    @Test
    void percentilesComeFromTheSortedSamples() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.record(ms * 1000L);
        }
        latencies.error("503");
        Latencies.Summary summary = latencies.summary(1);
        assertEquals(50, summary.p50());
        assertEquals(90, summary.p90());
        assertEquals(99, summary.p99());
        assertEquals(100, summary.p999());
        assertEquals(1, summary.errorsByKind().get("503"));
    }
}
