package kam.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** RFC 9457 problem+json bodies, shaped as the services' (type, title, status, detail, instance). */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static Buffer body(int status, String title, String detail, String instance, String requestId) {
        return new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance)
                .put("requestId", requestId)
                .toBuffer();
    }
}
