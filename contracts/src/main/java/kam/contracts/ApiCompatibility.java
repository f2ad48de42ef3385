package kam.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares a released API document with the current one, by openapi-diff: whether a client written against the
 * released one may break (an operation or a response field removed, a type narrowed, a new required input), and
 * whether the API's major version moved, which is the only way such a change may ship.
 */
public final class ApiCompatibility {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The outcome: {@code report} lists the changes (Markdown) when there are breaking ones. */
    public record Verdict(boolean breaking, boolean majorMoved, String report) {
        /** Whether the build may go on: nothing breaks, or the major version says it does. */
        public boolean acceptable() {
            return !breaking || majorMoved;
        }
    }

    private ApiCompatibility() {}

    public static Verdict compare(String released, String current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
        List<String> removed = removedFields(read(released), read(current));
        boolean breaking = diff.isIncompatible() || !removed.isEmpty();
        String report = (diff.isIncompatible() ? report(diff) : "")
                + removed.stream().map(field -> "- " + field + ": removed\n").collect(Collectors.joining());
        return new Verdict(breaking, major(current) > major(released), report);
    }

    /**
     * Fields of the released schemas that are gone. openapi-diff counts only a removed required field as breaking,
     * but the platform's answers mark few fields required, and a client reads whatever it was given: a field it was
     * sent is one it may rely on, and a field it may send is one it may send (strict JSON refuses it when unknown).
     */
    static List<String> removedFields(JsonNode released, JsonNode current) {
        List<String> removed = new ArrayList<>();
        JsonNode schemas = current.path("components").path("schemas");
        released.path("components").path("schemas").properties().forEach(schema -> {
            JsonNode now = schemas.get(schema.getKey());
            if (now == null) {
                return; // renamed or gone: openapi-diff follows the operations that used it
            }
            schema.getValue().path("properties").properties().forEach(field -> {
                if (!now.path("properties").has(field.getKey())) {
                    removed.add(schema.getKey() + "." + field.getKey());
                }
            });
        });
        return removed;
    }

    private static JsonNode read(String document) {
        try {
            return JSON.readTree(document);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON document", e);
        }
    }

    private static String report(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The major version of info.version ("1.0.0" is 1). */
    static int major(String document) {
        try {
            return Integer.parseInt(
                    read(document).path("info").path("version").asText("0").split("\\.")[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the document has no numeric info.version", e);
        }
    }
}
