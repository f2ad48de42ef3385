package kam.platform.web.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes every service's OpenAPI document with what each resource would otherwise repeat: the problem+json
 * answers, the concurrency and location headers, which fields every answer has, and an example of every JSON body. Registered as the services'
 * {@code mp.openapi.filter}.
 */
public class ApiDocumentation implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemDocumentation.document(openAPI);
        HeaderDocumentation.document(openAPI);
        PresenceDocumentation.document(openAPI);
        ExampleDocumentation.document(openAPI);
    }
}
