package kam.platform.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes every service's OpenAPI document with what each resource would otherwise repeat: the problem+json
 * answers, the concurrency and location headers, which fields every answer has, and an example of every JSON body.
 * Runs when a service is built, as the documents are committed (openapi/), for every service that has platform/web.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentation implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemDocumentation.document(openAPI);
        HeaderDocumentation.document(openAPI);
        PresenceDocumentation.document(openAPI);
        ExampleDocumentation.document(openAPI);
    }

    /**
     * A nullable field whose type is an object schema (a job's problem) is generated as anyOf the schema and null,
     * beside a type of object alone, which a validator holds against the null the anyOf allows: null joins the types.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        boolean nullable = schema.getAnyOf() != null
                && schema.getAnyOf().stream()
                        .anyMatch(choice -> List.of(Schema.SchemaType.NULL).equals(choice.getType()));
        if (nullable && schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)) {
            schema.addType(Schema.SchemaType.NULL);
        }
        return schema;
    }
}
