package kam.platform.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ApiDocumentationTest {

    @Test
    void aBodyGetsAnExampleThatItsSchemaAccepts() {
        OpenAPI api = documented();
        Operation create = api.getPaths().getPathItem("/api/v1/accounts").getPOST();

        @SuppressWarnings("unchecked")
        Map<String, Object> request = (Map<String, Object>) create.getRequestBody()
                .getContent()
                .getMediaType("application/json")
                .getExample();
        assertEquals("Nordwind Logistics GmbH", request.get("name"), "known names read as a person would write them");
        assertEquals("PROSPECT", request.get("status"), "the first choice");
        assertEquals("3f2c9a4e-8b1d-4c6e-9f0a-2d7b5e1c4a90", request.get("parentAccountId"));
        assertEquals(new BigInteger("5"), request.get("headcount"), "the minimum where 1 is below it");
        assertEquals("Tex", request.get("code"), "cut to maxLength");
        assertEquals(List.of("2027-03-15"), request.get("dates"), "one item of a list");
        assertNull(request.get("parent"), "a schema that refers to itself stops instead of recursing");
        assertTrue(request.containsKey("version"));
    }

    @Test
    void everyErrorAnswerIsAProblemWithAnExampleEvenWhereTheFrameworkLeftItBare() {
        OpenAPI api = documented();
        Operation create = api.getPaths().getPathItem("/api/v1/accounts").getPOST();

        APIResponse unauthorized = create.getResponses().getAPIResponse("401");
        assertEquals("#/components/responses/Problem401", unauthorized.getRef());
        for (String status : List.of("400", "403", "409", "422", "500", "503")) {
            assertNotNull(create.getResponses().getAPIResponse(status), status);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> problem = (Map<String, Object>) api.getComponents()
                .getResponses()
                .get("Problem400")
                .getContent()
                .getMediaType("application/problem+json")
                .getExample();
        assertEquals(400, problem.get("status"));
        assertTrue(problem.containsKey("violations"));
        assertNotNull(api.getComponents()
                .getResponses()
                .get("Problem503")
                .getHeaders()
                .get("Retry-After"));
    }

    @Test
    void versionedAnswersCarryAnETagCreatedOnesALocationPagesALinkAndPagingParametersSayWhatTheyMean() {
        OpenAPI api = documented();
        APIResponse created = api.getPaths()
                .getPathItem("/api/v1/accounts")
                .getPOST()
                .getResponses()
                .getAPIResponse("201");
        assertEquals(
                "#/components/headers/ETag", created.getHeaders().get("ETag").getRef());
        assertEquals(
                "#/components/headers/Location",
                created.getHeaders().get("Location").getRef());

        Operation list = api.getPaths().getPathItem("/api/v1/accounts").getGET();
        APIResponse page = list.getResponses().getAPIResponse("200");
        assertNull(page.getHeaders().get("ETag"), "a page is no versioned resource");
        assertEquals("#/components/headers/Link", page.getHeaders().get("Link").getRef(), "a page links the next");
        assertTrue(list.getParameters().get(0).getDescription().contains("nextCursor"));
    }

    @Test
    void everyFieldOfAnAnswerOnlySchemaIsRequiredWhileRequestSchemasAndProblemsKeepTheirOwn() {
        OpenAPI api = documented();
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        assertEquals(List.of("items", "nextCursor"), schemas.get("AccountPage").getRequired(), "Jackson writes each");
        assertTrue(
                schemas.get("Account").getRequired() == null
                        || schemas.get("Account").getRequired().isEmpty(),
                "a request may leave out what it does not list");
        assertEquals(List.of("title", "status"), schemas.get("Problem").getRequired(), "empty members are left out");
    }

    @Test
    void everyStatusTheConventionsAnswerIsDocumented() {
        OpenAPI api = documented();
        Operation create = api.getPaths().getPathItem("/api/v1/accounts").getPOST();
        Operation list = api.getPaths().getPathItem("/api/v1/accounts").getGET();
        for (String status : List.of("404", "406", "415")) {
            assertNotNull(create.getResponses().getAPIResponse(status), "a create answers " + status);
        }
        assertNotNull(list.getResponses().getAPIResponse("406"), "Accept may name nothing the list answers in");
        assertNull(list.getResponses().getAPIResponse("415"), "a read takes no body");
        assertNull(list.getResponses().getAPIResponse("404"), "a list names nothing");
        Operation policy = api.getPaths().getPathItem("/api/v1/policy").getPUT();
        assertNotNull(policy.getResponses().getAPIResponse("428"), "If-Match is asked for without an id in the path");
        assertNotNull(policy.getResponses().getAPIResponse("412"));
        assertTrue(
                create.getParameters().stream().anyMatch(p -> p.getName().equals("Idempotency-Key")),
                "a create takes an Idempotency-Key");
        assertNull(
                list.getParameters().stream()
                        .filter(p -> p.getName().equals("Idempotency-Key"))
                        .findAny()
                        .orElse(null),
                "a read does not");
    }

    private static OpenAPI documented() {
        Schema account = OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .addProperty("name", string().minLength(1).maxLength(200))
                .addProperty("status", string().enumeration(List.of("PROSPECT", "ACTIVE")))
                .addProperty("parentAccountId", string().format("uuid"))
                .addProperty(
                        "headcount",
                        OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(BigDecimal.valueOf(5)))
                .addProperty("code", string().maxLength(3).example(null))
                .addProperty(
                        "dates",
                        OASFactory.createSchema().addType(SchemaType.ARRAY).items(string().format("date")))
                .addProperty("parent", OASFactory.createSchema().ref("#/components/schemas/Account"))
                .addProperty("version", OASFactory.createSchema().addType(SchemaType.INTEGER));
        Schema page = OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .addProperty(
                        "items",
                        OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref("#/components/schemas/Account")))
                .addProperty("nextCursor", string());
        OpenAPI api = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema("Account", account)
                        .addSchema("AccountPage", page))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/api/v1/accounts",
                                OASFactory.createPathItem()
                                        .POST(OASFactory.createOperation()
                                                .requestBody(OASFactory.createRequestBody()
                                                        .content(json("Account")))
                                                .responses(OASFactory.createAPIResponses()
                                                        .addAPIResponse(
                                                                "201",
                                                                OASFactory.createAPIResponse()
                                                                        .content(json("Account")))
                                                        .addAPIResponse(
                                                                "401",
                                                                OASFactory.createAPIResponse()
                                                                        .description("Not Authorized"))))
                                        .GET(OASFactory.createOperation()
                                                .addParameter(OASFactory.createParameter()
                                                        .name("cursor")
                                                        .in(Parameter.In.QUERY))
                                                .responses(OASFactory.createAPIResponses()
                                                        .addAPIResponse(
                                                                "200",
                                                                OASFactory.createAPIResponse()
                                                                        .content(json("AccountPage"))))))
                        .addPathItem(
                                "/api/v1/policy",
                                OASFactory.createPathItem()
                                        .PUT(OASFactory.createOperation()
                                                .addParameter(OASFactory.createParameter()
                                                        .name("If-Match")
                                                        .in(Parameter.In.HEADER))
                                                .responses(OASFactory.createAPIResponses()
                                                        .addAPIResponse(
                                                                "200",
                                                                OASFactory.createAPIResponse()
                                                                        .content(json("AccountPage")))))));
        new ApiDocumentation().filterOpenAPI(api);
        return api;
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    private static org.eclipse.microprofile.openapi.models.media.Content json(String schema) {
        return OASFactory.createContent()
                .addMediaType(
                        "application/json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/" + schema)));
    }
}
