package kam.platform.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response.Status;
import java.util.Arrays;
import java.util.List;
import kam.platform.web.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: every single resource carries a strong ETag made from its version, and a change
 * must name the version it was made against in {@code If-Match}.
 */
public final class Preconditions {
    private Preconditions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Passes when {@code ifMatch} names {@code currentVersion} (or is {@code *}); 428 when it is missing, 412 when it
     * names another version. Weak tags never match: If-Match compares strongly (RFC 9110 13.1.1).
     */
    public static void requireIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    428, "Precondition Required", "send If-Match with the ETag you last read", List.of());
        }
        String current = etag(currentVersion).toString();
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw new ProblemException(
                    Status.PRECONDITION_FAILED,
                    "the resource is at ETag " + current + ", not " + ifMatch.strip() + "; read it again");
        }
    }
}
