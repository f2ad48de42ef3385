package kam.platform.web.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers every operation can give, so that each resource need not repeat them: 400, 401,
 * 403 and 500 everywhere; 404 where a path names a resource; 409, 412, 422 and 428 where a change is made.
 */
public class ProblemDocumentation implements OASFilter {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        DESCRIPTIONS.put("400", "Bad input; violations name each wrong field.");
        DESCRIPTIONS.put("401", "No valid bearer token.");
        DESCRIPTIONS.put("403", "The caller's roles or relation to the resource do not allow this.");
        DESCRIPTIONS.put("404", "Nothing with that id.");
        DESCRIPTIONS.put("409", "Conflicts with the resource's state.");
        DESCRIPTIONS.put("412", "If-Match names a version that is no longer current.");
        DESCRIPTIONS.put("422", "Breaks a domain rule, or reuses an Idempotency-Key with another body.");
        DESCRIPTIONS.put("428", "If-Match is missing.");
        DESCRIPTIONS.put("500", "Unexpected failure; the detail quotes an incident id.");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
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
                                                        .ref("#/components/schemas/Problem"))))));
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
        boolean needsIfMatch = changes && namesResource;
        add(responses, "400");
        add(responses, "401");
        add(responses, "403");
        if (namesResource) {
            add(responses, "404");
        }
        if (changes) {
            add(responses, "409");
            add(responses, "422");
        }
        if (needsIfMatch) {
            add(responses, "412");
            add(responses, "428");
        }
        add(responses, "500");
    }

    private static void add(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(
                    status, OASFactory.createAPIResponse().ref("#/components/responses/Problem" + status));
        }
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
