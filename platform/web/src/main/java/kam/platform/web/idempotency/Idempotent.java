package kam.platform.web.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that creates (answers 201) or imports: a request with an {@code Idempotency-Key} header runs
 * once, and a retry with the same key replays its answer ({@link IdempotencyKeys}). The method itself has nothing to
 * do; the API documents the header on every such operation, and every service's tests replay each one.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {}
