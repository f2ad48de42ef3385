import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the gateway adds: the same GET straight to a service and through the gateway, first one at a time (latency
 * percentiles), then with several clients at once (throughput). Prints both and the difference.
 * Usage: java GatewayOverhead.java <direct url> <gateway url> <bearer token> [requests] [clients]
 */
public class GatewayOverhead {
    public static void main(String[] args) throws Exception {
        String direct = args[0];
        String gateway = args[1];
        String token = args[2];
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        for (String url : List.of(direct, gateway)) { // warm both paths: JIT, pools, the token cache
            latencies(http, url, token, 2000);
        }
        List<Long> d = latencies(http, direct, token, requests);
        List<Long> g = latencies(http, gateway, token, requests);
        System.out.printf("one at a time, %d requests each%n", requests);
        print("direct ", d);
        print("gateway", g);
        System.out.printf("added by the gateway: median %.3f ms, p99 %.3f ms%n",
                (pct(g, 50) - pct(d, 50)) / 1e6, (pct(g, 99) - pct(d, 99)) / 1e6);

        double td = throughput(http, direct, token, requests * 2, clients);
        double tg = throughput(http, gateway, token, requests * 2, clients);
        System.out.printf("%d clients at once: direct %.0f req/s, gateway %.0f req/s (%.0f %% of direct)%n",
                clients, td, tg, tg / td * 100);
    }

    static List<Long> latencies(HttpClient http, String url, String token, int n) throws Exception {
        HttpRequest request = request(url, token);
        List<Long> times = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            times.add(System.nanoTime() - start);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
        }
        Collections.sort(times);
        return times;
    }

    static double throughput(HttpClient http, String url, String token, int n, int clients) throws Exception {
        HttpRequest request = request(url, token);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < n / clients; i++) {
                    http.send(request, HttpResponse.BodyHandlers.discarding());
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return (n / clients * clients) / ((System.nanoTime() - start) / 1e9);
    }

    static HttpRequest request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static void print(String name, List<Long> t) {
        System.out.printf("%s  p50 %.3f ms  p90 %.3f ms  p99 %.3f ms%n",
                name, pct(t, 50) / 1e6, pct(t, 90) / 1e6, pct(t, 99) / 1e6);
    }
}
