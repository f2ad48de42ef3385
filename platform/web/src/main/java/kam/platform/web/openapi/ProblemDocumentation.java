package kam.platform.web.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers every operation can give, so that each resource need not repeat them: 400, 401,
 * 403, 406, 500 and 503 everywhere; 404 where a path names a resource or a change names one in its body; 409 and 422
 * where a change is made; 412 and 428 where a change takes If-Match; 415 on every change. Each has the Problem
 * schema and an example. Every status a service answers is here, which the services' tests hold them to (platform/
 * testing's ApiAnswers).
 */
final class ProblemDocumentation {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("400", "Bad Request"),
            Map.entry("401", "Unauthorized"),
            Map.entry("403", "Forbidden"),
            Map.entry("404", "Not Found"),
            Map.entry("406", "Not Acceptable"),
            Map.entry("409", "Conflict"),
            Map.entry("412", "Precondition Failed"),
            Map.entry("415", "Unsupported Media Type"),
            Map.entry("422", "Unprocessable Content"),
            Map.entry("428", "Precondition Required"),
            Map.entry("500", "Internal Server Error"),
            Map.entry("503", "Service Unavailable"));

    static {
        DESCRIPTIONS.put("400", "Bad input; violations name each wrong field.");
        DESCRIPTIONS.put("401", "No valid bearer token.");
        DESCRIPTIONS.put("403", "The caller's roles or relation to the resource do not allow this.");
        DESCRIPTIONS.put("404", "Nothing with that id, in the path or the body.");
        DESCRIPTIONS.put("406", "None of the media types Accept names is one this operation answers in.");
        DESCRIPTIONS.put("409", "Conflicts with the resource's state.");
        DESCRIPTIONS.put("412", "If-Match names a version that is no longer current.");
        DESCRIPTIONS.put("415", "The body's Content-Type is not one this operation takes.");
        DESCRIPTIONS.put("422", "Breaks a domain rule, or reuses an Idempotency-Key with another body.");
        DESCRIPTIONS.put("428", "If-Match is missing.");
        DESCRIPTIONS.put("500", "Unexpected failure; the detail quotes an incident id.");
        DESCRIPTIONS.put("503", "A store the service needs is unreachable; try again after Retry-After seconds.");
    }

    private ProblemDocumentation() {}

    static void document(OpenAPI openAPI) {
        Components components =
                openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema("Violation", violationSchema());
        components.addSchema("Problem", problemSchema());
        DESCRIPTIONS.forEach((status, description) -> components.addResponse(
                "Problem" + status,
                OASFactory.createAPIResponse()
                        .description(description)
                        .content(OASFactory.createContent()
                                .addMediaType(
                                        PROBLEM_JSON,
                                        OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema()
                                                        .ref("#/components/schemas/Problem"))
                                                .example(example(status, description))))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean namesResource = path.contains("{");
            item.getOperations().forEach((method, operation) -> document(method, operation, namesResource));
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation, boolean namesResource) {
        APIResponses responses =
                operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean takesIfMatch = operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
        // A problem an operation declares by its status alone (a list's 404, a read's 409) answers as every other.
        if (responses.getAPIResponses() != null) {
            List.copyOf(responses.getAPIResponses().keySet()).stream()
                    .filter(TITLES::containsKey)
                    .forEach(status -> add(responses, status));
        }
        add(responses, "400");
        add(responses, "401");
        add(responses, "403");
        if (namesResource || changes) {
            add(responses, "404");
        }
        add(responses, "406");
        if (changes) {
            add(responses, "409");
            add(responses, "422");
        }
        if (takesIfMatch || (changes && namesResource)) {
            add(responses, "412");
            add(responses, "428");
        }
        if (changes || operation.getRequestBody() != null) {
            // A resource that consumes JSON refuses another Content-Type, and none, even where it reads no body.
            add(responses, "415");
        }
        add(responses, "500");
        add(responses, "503");
    }

    /** Adds the status's problem answer, also over one the framework documented without a body (401, 403). */
    private static void add(APIResponses responses, String status) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
            responses.addAPIResponse(
                    status, OASFactory.createAPIResponse().ref("#/components/responses/Problem" + status));
        }
    }

    private static Map<String, Object> example(String status, String description) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", TITLES.get(status));
        problem.put("status", Integer.valueOf(status));
        problem.put("detail", description);
        problem.put("instance", "/api/v1/accounts/3f2c9a4e-8b1d-4c6e-9f0a-2d7b5e1c4a90");
        if (status.equals("400")) {
            problem.put("violations", List.of(Map.of("field", "name", "in", "body", "message", "must not be blank")));
        }
        return problem;
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details.")
                .addProperty("type", string("Identifies the kind of problem; about:blank when the status says it all."))
                .addProperty("title", string("The status's reason phrase."))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string("What went wrong, for a person."))
                .addProperty("instance", string("The request path."))
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref("#/components/schemas/Violation")))
                .addRequired("title")
                .addRequired("status");
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string("The field, for example name, values[0] or limit."))
                .addProperty("in", string("Where the field is: body, query, path or header."))
                .addProperty("message", string("Why it is wrong."));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
