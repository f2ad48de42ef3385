package kam.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answer validator itself: it reads OpenAPI 3.1 (type arrays, $ref, required) and fails a wrong answer. */
class ApiAnswersTest {
    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {
               "/api/v1/things/{id}": {"get": {"responses": {
                 "200": {"description": "a thing", "content": {"application/json": {
                   "schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "404": {"$ref": "#/components/responses/Problem404"}}}},
               "/api/v1/things/bulk": {"get": {"responses": {"200": {"description": "rows",
                 "content": {"text/csv": {"schema": {"type": "string"}}}}}}}},
             "components": {
               "responses": {"Problem404": {"description": "none", "content": {
                 "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}},
               "schemas": {
                 "Problem": {"type": "object", "required": ["status"], "properties": {"status": {"type": "integer"}}},
                 "Thing": {"type": "object", "required": ["id", "name", "legalName"], "properties": {
                   "id": {"type": "string", "format": "uuid"},
                   "name": {"type": "string"},
                   "legalName": {"type": ["string", "null"]},
                   "size": {"anyOf": [{"$ref": "#/components/schemas/Size"}, {"type": "null"}]}}},
                 "Size": {"type": "string", "enum": ["SMALL", "LARGE"]}}}}""";
    private static final String ID = "3f2c9a4e-8b1d-4c6e-9f0a-2d7b5e1c4a90";
    private static final ApiAnswers ANSWERS = ApiAnswers.of(DOCUMENT, "test.json");

    @Test
    void anAnswerAsDocumentedPassesWithNullWhereTheTypeArrayAllowsIt() {
        assertThat(thing("{\"id\": \"" + ID + "\", \"name\": \"Acme\", \"legalName\": null, \"size\": null}"))
                .isEmpty();
        assertThat(thing("{\"id\": \"" + ID
                        + "\", \"name\": \"Acme\", \"legalName\": \"Acme plc\", \"size\": \"LARGE\"}"))
                .isEmpty();
    }

    @Test
    void nullWhereTheDocumentSaysStringAMissingRequiredFieldAndAWrongChoiceAreCaught() {
        assertThat(thing("{\"id\": \"" + ID + "\", \"name\": null, \"legalName\": null}"))
                .singleElement()
                .asString()
                .contains("/name");
        assertThat(thing("{\"id\": \"" + ID + "\", \"name\": \"Acme\"}"))
                .singleElement()
                .asString()
                .contains("legalName");
        assertThat(thing("{\"id\": \"not-a-uuid\", \"name\": \"Acme\", \"legalName\": null, \"size\": \"HUGE\"}"))
                .hasSizeGreaterThanOrEqualTo(2)
                .anyMatch(violation -> violation.contains("/id"))
                .anyMatch(violation -> violation.contains("/size"));
    }

    @Test
    void anUndocumentedStatusContentTypeOrOperationIsCaught() {
        assertThat(ANSWERS.violations("GET", "/api/v1/things/" + ID, 409, "application/problem+json", bytes("{}")))
                .singleElement()
                .asString()
                .contains("status 409 is not documented");
        assertThat(ANSWERS.violations("GET", "/api/v1/things/bulk", 200, "application/x-ndjson", bytes("{}\n")))
                .singleElement()
                .asString()
                .contains("content type 'application/x-ndjson' is not documented");
        assertThat(ANSWERS.violations("POST", "/api/v1/things/bulk", 201, "application/json", bytes("{}")))
                .singleElement()
                .asString()
                .contains("no documented operation POST /api/v1/things/bulk");
        assertThat(ANSWERS.violations("GET", "/api/v1/things/" + ID, 404, "application/problem+json", bytes("{}")))
                .singleElement()
                .asString()
                .contains("status");
        // A path the document does not have answers 404 problem+json; health and metrics are not API paths.
        assertThat(ANSWERS.violations("GET", "/api/v1/nothing", 404, "application/problem+json", bytes("{}")))
                .isEmpty();
        assertThat(ANSWERS.violations("GET", "/q/health", 200, "application/json", bytes("{}")))
                .isEmpty();
        // A literal segment is matched before a parameter in its place.
        assertThat(ANSWERS.violations("GET", "/api/v1/things/bulk", 200, "text/csv", bytes("a,b\n")))
                .isEmpty();
    }

    @Test
    void aWrongAnswerFailsTheRestAssuredCall() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/things/", exchange -> {
            byte[] body = bytes("{\"id\": \"" + ID + "\", \"name\": null, \"legalName\": null}");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/things/" + ID;
            assertThatThrownBy(() -> given().filter(ANSWERS).get(url))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("breaks test.json")
                    .hasMessageContaining("/name");
        } finally {
            server.stop(0);
        }
    }

    private static List<String> thing(String json) {
        return ANSWERS.violations("GET", "/api/v1/things/" + ID, 200, "application/json", bytes(json));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
