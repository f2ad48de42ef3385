package kam.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** Answers for single resources, which always carry their version as a strong ETag. */
public final class Responses {
    private Responses() {}

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(Preconditions.etag(version)).build();
    }

    /** 201 with the new resource's Location (the request path plus its id) and ETag. */
    public static Response created(UriInfo uri, UUID id, Object body, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .tag(Preconditions.etag(version))
                .entity(body)
                .build();
    }
}
