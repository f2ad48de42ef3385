package kam.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import kam.platform.infra.FreePorts;
import kam.platform.testing.TestTokens;

/**
 * Backends for the gateway's test, as small HTTP servers in the test JVM: the gateway is what is tested here; the
 * real services behind it are the system tests' business. "account" echoes what reached it, answers slowly on
 * /slow and gives a Location; "scoring" has two replicas, the first a port nobody listens on, the second serving an
 * API document whose Thing clashes with account's; "planning" is a port nobody listens on; "review" can be paused
 * (every request to it, health included, waits until it is resumed, as a process stopped by SIGSTOP); "twin" and
 * "triplet" have two replicas each, the first ready but never answering its API in time, the second answering.
 * Each stub serves its health and document on its one port, which is its API and its management address.
 */
public class StubBackends implements QuarkusTestResourceLifecycleManager {
    /** How many requests reached the account stub: a refused request must never reach it. */
    public static final AtomicInteger ACCOUNT_HITS = new AtomicInteger();
    /** Requests that reached each replica's API, by backend and replica number. */
    public static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();

    private static volatile CountDownLatch reviewPaused = new CountDownLatch(0);

    private final List<HttpServer> servers = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        HttpServer account = server();
        account.createContext("/api/v1/accounts", exchange -> {
            ACCOUNT_HITS.incrementAndGet();
            if (exchange.getRequestURI().getPath().endsWith("/slow")) {
                sleep(3000);
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String headers = exchange.getRequestHeaders().entrySet().stream()
                    .map(h -> "\"" + h.getKey().toLowerCase() + "\":\""
                            + h.getValue().get(0).replace("\"", "'") + "\"")
                    .collect(Collectors.joining(","));
            exchange.getResponseHeaders().add("Location", "http://localhost:" + port(account) + "/api/v1/accounts/42");
            send(exchange, 201, "{\"headers\":{" + headers + "},\"body\":\"" + body.replace("\"", "'") + "\"}");
        });
        health(account);
        openApi(account, "/api/v1/accounts", "{\"type\":\"object\"}");

        HttpServer scoring = server();
        health(scoring);
        openApi(scoring, "/api/v1/scores", "{\"type\":\"string\"}");
        answering(scoring, "/api/v1/scores", "scoring-2");

        HttpServer review = server();
        review.createContext("/", exchange -> {
            awaitResumed();
            exchange.getRequestBody().readAllBytes();
            send(exchange, 200, "{\"status\":\"UP\"}");
        });
        review.createContext("/q/openapi", exchange -> {
            awaitResumed();
            openApiDocument(exchange, "/api/v1/reviews", "{\"type\":\"object\"}");
        });

        Map<String, String> config = new HashMap<>();
        String refused = "http://localhost:" + FreePorts.pick();
        route(config, "account", address(account));
        route(config, "scoring", refused + "," + address(scoring));
        route(config, "planning", "http://localhost:" + FreePorts.pick());
        route(config, "review", address(review));
        for (String twin : List.of("twin", "triplet")) {
            HttpServer silent = server();
            health(silent);
            silent.createContext("/api/v1/" + twin + "s", exchange -> {
                hits(twin + "-1").incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                sleep(3000);
                send(exchange, 200, "{}");
            });
            HttpServer answering = server();
            health(answering);
            answering(answering, "/api/v1/" + twin + "s", twin + "-2");
            route(config, twin, address(silent) + "," + address(answering));
            config.put("kam.gateway.routes." + twin + ".prefixes", "/api/v1/" + twin + "s");
        }
        config.put("kam.gateway.timeout", "1s");
        config.put("kam.gateway.circuit.failures", "3");
        config.put("kam.gateway.circuit.window", "30s");
        config.put("kam.gateway.circuit.open-for", "2s");
        config.put("kam.gateway.watch-every", "200ms");
        config.put("kam.gateway.rate-limit.requests-per-second", "1");
        config.put("kam.gateway.rate-limit.burst", "5");
        config.put("mp.jwt.verify.publickey.location", TestTokens.PUBLIC_KEY_LOCATION);
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        resumeReview();
        servers.forEach(server -> server.stop(0));
    }

    /** Every request to review waits from now until {@link #resumeReview}. */
    public static void pauseReview() {
        reviewPaused = new CountDownLatch(1);
    }

    public static void resumeReview() {
        reviewPaused.countDown();
    }

    public static AtomicInteger hits(String replica) {
        return HITS.computeIfAbsent(replica, name -> new AtomicInteger());
    }

    private static void awaitResumed() {
        try {
            reviewPaused.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void route(Map<String, String> config, String backend, String urls) {
        config.put("kam.gateway.routes." + backend + ".urls", urls);
        config.put("kam.gateway.routes." + backend + ".management-urls", urls);
    }

    private static String address(HttpServer server) {
        return "http://localhost:" + port(server);
    }

    /** An API that answers 200 with the method and the body it received, counting what reaches it. */
    private static void answering(HttpServer server, String path, String replica) {
        server.createContext(path, exchange -> {
            hits(replica).incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            send(
                    exchange,
                    200,
                    "{\"replica\":\"" + replica + "\",\"method\":\"" + exchange.getRequestMethod() + "\",\"body\":\""
                            + body.replace("\"", "'") + "\"}");
        });
    }

    private HttpServer server() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            // A thread per request: a paused or silent stub holds its requests without starving its health.
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            servers.add(server);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void health(HttpServer server) {
        server.createContext("/q/health/ready", exchange -> send(exchange, 200, "{\"status\":\"UP\"}"));
    }

    private static void openApi(HttpServer server, String path, String thing) {
        server.createContext("/q/openapi", exchange -> openApiDocument(exchange, path, thing));
    }

    private static void openApiDocument(HttpExchange exchange, String path, String thing) throws IOException {
        send(
                exchange,
                200,
                "{\"openapi\":\"3.1.0\",\"paths\":{\"" + path + "\":{\"get\":{\"responses\":{\"200\":{"
                        + "\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":"
                        + "\"#/components/schemas/Thing\"}}}}}}}},\"components\":{\"schemas\":{\"Thing\":"
                        + thing + "}}}");
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int port(HttpServer server) {
        return server.getAddress().getPort();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
