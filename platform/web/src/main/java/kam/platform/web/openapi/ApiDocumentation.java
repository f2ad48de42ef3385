package kam.platform.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

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
}
