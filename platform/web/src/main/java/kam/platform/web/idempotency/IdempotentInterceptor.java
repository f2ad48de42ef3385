package kam.platform.web.idempotency;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Runs an {@link Idempotent} resource method through {@link IdempotencyKeys}, in one transaction with the key, so that
 * the key and what the method wrote commit together or not at all. It runs outside the method's own interceptors
 * (transactions, validation): a replay answers before anything else is done.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotentInterceptor {
    /** What JAX-RS passes in besides the request: never part of what makes two requests the same. */
    private static final List<Class<?>> CONTEXT =
            List.of(HttpHeaders.class, UriInfo.class, Request.class, SecurityContext.class);

    private final IdempotencyKeys keys;
    private final HttpServerRequest request;
    private final ObjectMapper json;

    public IdempotentInterceptor(IdempotencyKeys keys, HttpServerRequest request, ObjectMapper json) {
        this.keys = keys;
        this.request = request;
        this.json = json;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        if (RestResponse.class.isAssignableFrom(method.getReturnType())) {
            // Its headers and status live in the object itself: kept as a body, a replay would lose them.
            throw new IllegalStateException(
                    "@Idempotent takes methods that return a Response or their body: " + method);
        }
        String key = request.getHeader(IdempotencyKeys.HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        String operation = request.method().name() + " " + template(method);
        Response answer = QuarkusTransaction.joiningExisting()
                .call(() -> keys.create(key, operation, requestOf(invocation), () -> asResponse(proceed(invocation))));
        return as(method, answer);
    }

    /**
     * The answer as the method returns it: a Response as it is; for a method that returns its body, the body (a replay
     * holds it as the JSON first written, read back into the method's type).
     */
    private Object as(Method method, Response answer) {
        if (Response.class.isAssignableFrom(method.getReturnType())) {
            return answer;
        }
        Object body = answer.getEntity();
        if (!(body instanceof String text) || method.getReturnType() == String.class) {
            return body;
        }
        try {
            JavaType target = json.getTypeFactory().constructType(method.getGenericReturnType());
            return json.readValue(text, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replay the answer of " + method, e);
        }
    }

    private static Response asResponse(Object result) {
        return result instanceof Response response
                ? response
                : Response.ok(result).build();
    }

    private static Object proceed(InvocationContext invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the client sent: the path's values and the body, leaving out what JAX-RS injects. */
    private static List<Object> requestOf(InvocationContext invocation) {
        List<Object> sent = new ArrayList<>();
        for (Object parameter : invocation.getParameters()) {
            if (parameter == null || CONTEXT.stream().noneMatch(type -> type.isInstance(parameter))) {
                sent.add(parameter);
            }
        }
        return sent;
    }

    private static String template(Method method) {
        Path type = method.getDeclaringClass().getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        return (type == null ? "" : type.value()) + (own == null ? "" : "/" + own.value());
    }
}
