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
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import kam.platform.infra.FreePorts;
import kam.platform.testing.TestTokens;

/**
 * Backends for the gateway's test, as small HTTP servers in the test JVM: the gateway is what is tested here; the
 * real services behind it are the system tests' business. "account" echoes what reached it, answers slowly on
 * /slow and gives a Location; "scoring" serves an API document whose Thing clashes with account's; "planning" is a
 * port nobody listens on; "review" is up.
 */
public class StubBackends implements QuarkusTestResourceLifecycleManager {
    /** How many requests reached the account stub: a refused request must never reach it. */
    public static final AtomicInteger ACCOUNT_HITS = new AtomicInteger();

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

        HttpServer review = server();
        health(review);
        openApi(review, "/api/v1/reviews", "{\"type\":\"object\"}");

        Map<String, String> config = new HashMap<>();
        config.put("kam.gateway.routes.account.url", "http://localhost:" + port(account));
        config.put("kam.gateway.routes.scoring.url", "http://localhost:" + port(scoring));
        config.put("kam.gateway.routes.planning.url", "http://localhost:" + FreePorts.pick());
        config.put("kam.gateway.routes.review.url", "http://localhost:" + port(review));
        config.put("kam.gateway.timeout", "1s");
        config.put("kam.gateway.rate-limit.requests-per-second", "1");
        config.put("kam.gateway.rate-limit.burst", "5");
        config.put("mp.jwt.verify.publickey.location", TestTokens.PUBLIC_KEY_LOCATION);
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        servers.forEach(server -> server.stop(0));
    }

    private HttpServer server() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
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
        server.createContext(
                "/q/openapi",
                exchange -> send(
                        exchange,
                        200,
                        "{\"openapi\":\"3.1.0\",\"paths\":{\"" + path + "\":{\"get\":{\"responses\":{\"200\":{"
                                + "\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":"
                                + "\"#/components/schemas/Thing\"}}}}}}}},\"components\":{\"schemas\":{\"Thing\":"
                                + thing + "}}}"));
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
