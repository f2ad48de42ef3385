package kam.platform.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details document, the body of every 4xx and 5xx answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details.")
public record Problem(
        @Schema(description = "Identifies the kind of problem.", examples = "about:blank")
        URI type,

        String title,
        int status,
        String detail,

        @Schema(description = "The request path the problem is about.")
        String instance,

        @Schema(description = "Each field that was wrong, for validation problems.")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final URI BLANK = URI.create("about:blank");

    /** A problem of type about:blank, the only type the platform answers: the status says what kind it is. */
    public static Problem of(int status, String title, String detail, String instance, List<Violation> violations) {
        return new Problem(BLANK, title, status, detail, instance, violations);
    }

    /** A field that is wrong and why. {@code in} says where the field is: body, query, path or header. */
    @Schema(name = "Violation")
    public record Violation(String field, String in, String message) {}
}
