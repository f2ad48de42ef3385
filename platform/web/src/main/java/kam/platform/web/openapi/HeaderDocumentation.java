package kam.platform.web.openapi;

import java.util.Map;
import java.util.Set;
import kam.platform.web.idempotency.IdempotencyKeys;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the headers of the platform's conventions, which the resources set through shared code rather than
 * annotations: ETag on every answer that carries a versioned resource (send it back as If-Match), Location on 201,
 * Retry-After on 503, Link rel=next on every page of a list or an export, what the paging parameters {@code cursor}
 * and {@code limit} mean, and Idempotency-Key on every create (a POST or an upserting PUT answering 201) and every import, which
 * {@code @Idempotent} makes safe to retry.
 */
final class HeaderDocumentation {
    private static final Map<String, String> HEADERS = Map.of(
            "ETag",
            "The resource's version, quoted (\"7\"). Send it back as If-Match to change the resource.",
            "Location",
            "The address of what was created.",
            "Retry-After",
            "Seconds to wait before trying again.",
            "Link",
            "<...>; rel=\"next\": the address of the next page, while more follow.");
    private static final Map<String, String> PAGING = Map.of(
            "cursor",
            "Where the page starts: the nextCursor of the previous page; absent for the first page.",
            "limit",
            "Most items on the page.");

    /** The query parameters where a page starts: a list's cursor, an export's after. */
    private static final Set<String> PAGE_STARTS = Set.of("cursor", "after");

    private HeaderDocumentation() {}

    static void document(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        HEADERS.forEach((name, description) -> components.addHeader(
                name,
                OASFactory.createHeader()
                        .description(description)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
        APIResponse unavailable = components.getResponses().get("Problem503");
        if (unavailable != null) {
            unavailable.addHeader("Retry-After", reference("Retry-After"));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .forEach((method, operation) -> {
                    document(operation, schemas);
                    if (idempotent(method, operation)) {
                        documentIdempotencyKey(operation);
                    }
                }));
    }

    /**
     * The operations a client may retry with an Idempotency-Key: creates (a POST, or a PUT that upserts, answering
     * 201), and imports (operationId import...).
     */
    private static boolean idempotent(PathItem.HttpMethod method, Operation operation) {
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        if (!writes || operation.getResponses() == null) {
            return false;
        }
        boolean creates = operation.getResponses().getAPIResponses() != null
                && operation.getResponses().getAPIResponses().containsKey("201");
        return creates
                || (method == PathItem.HttpMethod.POST
                        && operation.getOperationId() != null
                        && operation.getOperationId().startsWith("import"));
    }

    private static void documentIdempotencyKey(Operation operation) {
        boolean documented = operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> IdempotencyKeys.HEADER.equalsIgnoreCase(p.getName()));
        if (!documented) {
            operation.addParameter(OASFactory.createParameter()
                    .name(IdempotencyKeys.HEADER)
                    .in(Parameter.In.HEADER)
                    .description("Makes a retry safe: the same key and body replay the first answer and write"
                            + " nothing; the same key with another body is refused with 422. Kept for a day.")
                    .schema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .minLength(1)
                            .maxLength(200)));
        }
    }

    private static void document(Operation operation, Map<String, Schema> schemas) {
        boolean paged = false;
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                boolean inQuery = parameter.getIn() == Parameter.In.QUERY;
                String meaning = PAGING.get(parameter.getName());
                if (meaning != null && inQuery && parameter.getDescription() == null) {
                    parameter.setDescription(meaning);
                }
                paged |= inQuery && PAGE_STARTS.contains(parameter.getName());
            }
        }
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        boolean pagedList = paged;
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (response.getRef() != null || !status.startsWith("2")) {
                return;
            }
            if (status.equals("201")) {
                response.addHeader("Location", reference("Location"));
            }
            if (carriesVersion(response, schemas)) {
                response.addHeader("ETag", reference("ETag"));
            }
            if (pagedList) {
                response.addHeader("Link", reference("Link"));
            }
        });
    }

    /** Whether the JSON body is a resource with a version: the answers the resources give an ETag. */
    private static boolean carriesVersion(APIResponse response, Map<String, Schema> schemas) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return false;
        }
        MediaType json = response.getContent().getMediaTypes().get("application/json");
        if (json == null || json.getSchema() == null) {
            return false;
        }
        Schema schema = json.getSchema();
        if (schema.getRef() != null) {
            schema = schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        return schema != null
                && schema.getProperties() != null
                && schema.getProperties().containsKey("version");
    }

    private static Header reference(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }
}
