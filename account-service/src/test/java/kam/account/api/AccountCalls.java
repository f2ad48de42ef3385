package kam.account.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kam.platform.testing.KafkaTestClient;
import kam.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What the account-service tests call it with: a caller, a new account, the account's events. */
final class AccountCalls {
    static final String ACCOUNTS = "/api/v1/accounts";
    static final String PROBLEM = "application/problem+json";
    static final String ADMIN = TestTokens.bearer("ada.admin", "kam-admin");

    private AccountCalls() {}

    static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    static Map<String, Object> account(String name, String owner) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("currency", "EUR");
        body.put("ownerId", owner);
        return body;
    }

    /** A whole profile: every field an account manager fills in. */
    static Map<String, Object> profile(String name) {
        return Map.of(
                "name", name,
                "legalName", name + " plc",
                "industry", "Retail",
                "region", "EMEA",
                "country", "GB",
                "size", "ENTERPRISE",
                "currency", "GBP",
                "values", List.of("Customers first"),
                "markets", List.of("UK grocery"));
    }

    /** Registers an account as a kam-admin and answers its id. */
    static String register(Map<String, Object> body) {
        return as(ADMIN)
                .body(body)
                .post(ACCOUNTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String register(String name, String owner) {
        return register(account(name, owner));
    }

    /** The account's events on kam.accounts, once at least {@code atLeast} have arrived. */
    static List<ConsumerRecord<String, String>> events(String bootstrapServers, String accountId, int atLeast) {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            return kafka.read(
                    "kam.accounts",
                    r -> accountId.equals(r.key()),
                    found -> found.size() >= atLeast,
                    Duration.ofSeconds(30));
        }
    }
}
