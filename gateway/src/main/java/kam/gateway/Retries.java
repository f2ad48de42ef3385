package kam.gateway;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;

/**
 * Which requests the gateway may send to another replica after the first stayed silent or broke off: only those a
 * repeat cannot apply twice. A read never changes anything; a PUT or DELETE with If-Match fails its precondition the
 * second time if the first was applied; a POST with an Idempotency-Key is answered from the first one's record.
 */
public final class Retries {
    private Retries() {}

    public static boolean repeatable(HttpMethod method, MultiMap headers) {
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return true;
        }
        if (method == HttpMethod.PUT || method == HttpMethod.DELETE) {
            return headers.contains("If-Match");
        }
        return method == HttpMethod.POST && headers.contains("Idempotency-Key");
    }
}
