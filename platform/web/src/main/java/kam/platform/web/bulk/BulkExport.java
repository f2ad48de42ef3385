package kam.platform.web.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes one page of an export as CSV (a header line, then a line per row) or NDJSON (a JSON object per line). Pages
 * are keyset pages: each answer holds up to {@code limit} rows in key order and, when more follow, a
 * {@code Link: <...?after=KEY>; rel="next"} header, so a portfolio of any size is read page by page and a row written
 * meanwhile is neither skipped nor read twice.
 */
@ApplicationScoped
public class BulkExport {
    /** Rows on a page when the caller names no limit; text, as {@code @DefaultValue} takes it. */
    public static final String DEFAULT_LIMIT = "1000";

    public static final int MAX_LIMIT = 10_000;

    private final ObjectMapper json;

    public BulkExport(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The answer for a page that was read with {@code limit + 1} rows: the extra row only tells that a next page
     * exists. The format is the first the caller accepts, NDJSON when any will do.
     *
     * @param key the key of a row, the {@code after} of the next page
     */
    public <T extends Record> Response page(
            HttpHeaders headers, Class<T> type, List<T> rows, int limit, Function<T, Object> key, UriInfo uri) {
        BulkFormat format = BulkFormat.accepted(headers.getAcceptableMediaTypes());
        boolean more = rows.size() > limit;
        List<T> page = more ? rows.subList(0, limit) : rows;
        Response.ResponseBuilder answer = Response.ok(body(format, type, page), format.mediaType() + ";charset=UTF-8");
        if (more) {
            String next = uri.getRequestUriBuilder()
                    .replaceQueryParam("after", key.apply(page.get(page.size() - 1)))
                    .replaceQueryParam("limit", limit)
                    .build()
                    .toString();
            answer.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return answer.build();
    }

    private <T extends Record> StreamingOutput body(BulkFormat format, Class<T> type, List<T> rows) {
        RecordComponent[] columns = type.getRecordComponents();
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            if (format == BulkFormat.CSV) {
                out.write(Arrays.stream(columns).map(RecordComponent::getName).collect(Collectors.joining(",")));
                out.write("\r\n");
            }
            for (T row : rows) {
                if (format == BulkFormat.NDJSON) {
                    out.write(json.writeValueAsString(row));
                } else {
                    JsonNode values = json.valueToTree(row);
                    out.write(Arrays.stream(columns)
                            .map(column -> Csv.cell(cellOf(values.get(column.getName()))))
                            .collect(Collectors.joining(",")));
                    out.write('\r');
                }
                out.write('\n');
            }
            out.flush();
        };
    }

    /** Text and numbers as they are; a list or an object as its JSON. */
    private static Object cellOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
