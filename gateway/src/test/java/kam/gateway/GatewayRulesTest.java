package kam.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The gateway's rules that need no server: routing, rate limits, trace context and the document merge. */
class GatewayRulesTest {

    @Test
    void theLongestPrefixWinsAndOnlyAtASegmentBoundary() {
        Routes routes = new Routes(Map.of(
                "account", backend("http://a:1", "/api/v1/accounts"),
                "review", backend("http://r:4", "/api/v1/reviews", "/api/v1/action-items"),
                "special", backend("http://s:5", "/api/v1/reviews/calendar/")));
        assertThat(routes.find("/api/v1/accounts/42").orElseThrow().backend()).isEqualTo("account");
        assertThat(routes.find("/api/v1/accounts").orElseThrow().backend()).isEqualTo("account");
        assertThat(routes.find("/api/v1/reviews/calendar/x.ics").orElseThrow().backend())
                .isEqualTo("special");
        assertThat(routes.find("/api/v1/reviews/1").orElseThrow().backend()).isEqualTo("review");
        assertThat(routes.find("/api/v1/accountsx")).isEmpty();
        assertThat(routes.find("/api/v1/unknown")).isEmpty();
    }

    @Test
    void aClientGetsItsBurstThenTheRateAndIsToldWhenToComeBack() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(2, Map.of("batch-importer", 1000.0), 3, now::get);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take("greedy").allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.take("greedy");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(limiter.take("patient").allowed()).isTrue();

        // A client with its own rate refills faster: after a millisecond it has another request.
        for (int i = 0; i < 3; i++) {
            limiter.take("batch-importer");
        }
        assertThat(limiter.take("batch-importer").allowed()).isFalse();
        now.addAndGet(1_000_000L);
        assertThat(limiter.take("batch-importer").allowed()).isTrue();

        now.addAndGet(499_000_000L); // half a second at 2 per second: one more
        assertThat(limiter.take("greedy").allowed()).isTrue();
        assertThat(limiter.take("greedy").allowed()).isFalse();
    }

    @Test
    void aTraceIsContinuedWithTheGatewaysSpanAndAnUnsafeRequestIdIsReplaced() {
        String incoming = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        String outgoing = TraceHeaders.traceparent(incoming);
        assertThat(outgoing).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-").endsWith("-01");
        assertThat(outgoing).doesNotContain("00f067aa0ba902b7").hasSize(incoming.length());
        assertThat(TraceHeaders.traceparent("garbage")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(TraceHeaders.traceparent("00-00000000000000000000000000000000-00f067aa0ba902b7-01"))
                .doesNotContain("00000000000000000000000000000000");

        assertThat(TraceHeaders.requestId("abc-123")).isEqualTo("abc-123");
        assertThat(TraceHeaders.requestId("bad id\r\ninjected")).doesNotContain("injected");
        assertThat(TraceHeaders.requestId(null)).hasSize(36);
    }

    @Test
    void documentsMergeWithOneSecuritySchemeAndClashingSchemasRenamed() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode accounts = json.readTree("""
                {"openapi":"3.1.0","paths":{"/api/v1/accounts":{"get":{"responses":{"200":{"content":
                {"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}}}}}},
                "components":{"schemas":{"Thing":{"type":"object"},"Problem":{"type":"object"}},
                "securitySchemes":{"SecurityScheme":{"type":"http"}}},"tags":[{"name":"Accounts"}]}
                """);
        JsonNode scores = json.readTree("""
                {"openapi":"3.1.0","paths":{"/api/v1/scores":{"get":{"responses":{"200":{"content":
                {"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}}}}}},
                "components":{"schemas":{"Thing":{"type":"string"},"Problem":{"type":"object"}}},
                "tags":[{"name":"Scores"}]}
                """);
        ObjectNode merged = new MergedOpenApi(null, json, null)
                .merge(new TreeMap<>(Map.of("account", accounts, "scoring", scores)), List.of("review"));

        assertThat(merged.at("/paths").size()).isEqualTo(2);
        assertThat(merged.at("/components/schemas/Thing/type").asText()).isEqualTo("object");
        assertThat(merged.at("/components/schemas/scoring.Thing/type").asText()).isEqualTo("string");
        assertThat(merged.at("/paths/~1api~1v1~1scores/get/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/scoring.Thing");
        assertThat(merged.at("/components/securitySchemes").size()).isEqualTo(1);
        assertThat(merged.at("/components/securitySchemes/bearer/scheme").asText())
                .isEqualTo("bearer");
        assertThat(merged.at("/tags").size()).isEqualTo(2);
        assertThat(merged.at("/x-kam-missing/0").asText()).isEqualTo("review");
    }

    @Test
    void onlyARequestARepeatCannotApplyTwiceIsSentToAnotherReplica() {
        MultiMap none = MultiMap.caseInsensitiveMultiMap();
        assertThat(Retries.repeatable(HttpMethod.GET, none)).isTrue();
        assertThat(Retries.repeatable(HttpMethod.HEAD, none)).isTrue();
        assertThat(Retries.repeatable(HttpMethod.PUT, none)).isFalse();
        assertThat(Retries.repeatable(HttpMethod.DELETE, none)).isFalse();
        assertThat(Retries.repeatable(HttpMethod.POST, none)).isFalse();
        assertThat(Retries.repeatable(HttpMethod.PATCH, none)).isFalse();
        MultiMap ifMatch = MultiMap.caseInsensitiveMultiMap().add("if-match", "\"3\"");
        assertThat(Retries.repeatable(HttpMethod.PUT, ifMatch)).isTrue();
        assertThat(Retries.repeatable(HttpMethod.DELETE, ifMatch)).isTrue();
        assertThat(Retries.repeatable(HttpMethod.POST, ifMatch)).isFalse();
        MultiMap key = MultiMap.caseInsensitiveMultiMap().add("Idempotency-Key", "k-1");
        assertThat(Retries.repeatable(HttpMethod.POST, key)).isTrue();
        assertThat(Retries.repeatable(HttpMethod.PUT, key)).isFalse();
    }

    private static GatewayConfig.Backend backend(String url, String... prefixes) {
        return new GatewayConfig.Backend() {
            @Override
            public List<URI> urls() {
                return List.of(URI.create(url));
            }

            @Override
            public List<URI> managementUrls() {
                return urls();
            }

            @Override
            public List<String> prefixes() {
                return List.of(prefixes);
            }
        };
    }
}
