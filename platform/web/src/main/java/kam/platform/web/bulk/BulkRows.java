package kam.platform.web.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import kam.platform.web.problem.Problem;
import kam.platform.web.problem.ProblemException;
import kam.platform.web.problem.ProblemMappers;

/**
 * Reads an import, all or nothing: every row of a CSV or NDJSON body becomes a record of the import's type, read by
 * the same strict JSON rules and Bean Validation constraints as one request body. Any bad row refuses the whole file
 * with each bad row and field named ({@code rows[12].name}, 12 the line number), so that nothing is half imported.
 */
@ApplicationScoped
public class BulkRows {
    /** More rows than this is a file to split: one transaction holds the whole import. */
    public static final int MAX_ROWS = 10_000;

    private static final int MAX_VIOLATIONS = 200;

    private final ObjectMapper json;
    private final Validator validator;

    public BulkRows(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * A row that was read, with the line it came from and its key columns as text (an {@code id} and
     * {@code version} that say which stored row to change, where the import's type has no such fields).
     */
    public record Numbered<T>(int line, Map<String, String> keys, T row) {
        /** The text of a key column, or null when the row has none. */
        public String key(String column) {
            return keys.get(column);
        }
    }

    /**
     * The rows that were read and the violations of those that were not: an import adds what only the store can
     * tell (an unknown account) before it refuses the file with {@link #refuseIfAny}.
     */
    public record Read<T>(List<Numbered<T>> rows, List<Problem.Violation> violations) {
        /** The same rows, each turned into what the import stores. */
        public <R> Read<R> map(Function<T, R> mapping) {
            return new Read<>(
                    rows.stream()
                            .map(n -> new Numbered<>(n.line(), n.keys(), mapping.apply(n.row())))
                            .toList(),
                    violations);
        }
    }

    /**
     * Reads every row, or throws a 400 problem listing every bad row.
     *
     * @param headers the request's, whose Content-Type says the format
     * @param type a record whose components are the columns (CSV) or fields (NDJSON)
     */
    public <T extends Record> List<Numbered<T>> read(
            HttpHeaders headers, String body, Class<T> type, Set<String> keyColumns) {
        Read<T> read = readAll(headers, body, type, keyColumns);
        refuseIfAny(read.violations());
        return read.rows();
    }

    /**
     * Reads every row it can, naming each bad field of each bad row; a file too large, or without any row, is
     * refused at once.
     */
    public <T extends Record> Read<T> readAll(HttpHeaders headers, String body, Class<T> type, Set<String> keyColumns) {
        BulkFormat format = BulkFormat.of(headers.getMediaType())
                .orElseThrow(() -> new ProblemException(
                        Response.Status.UNSUPPORTED_MEDIA_TYPE, "send text/csv or application/x-ndjson"));
        List<Problem.Violation> violations = new ArrayList<>();
        Map<Integer, ObjectNode> objects = format == BulkFormat.CSV
                ? new CsvObjects(json).read(body == null ? "" : body, type, keyColumns, violations)
                : ndjsonObjects(body == null ? "" : body, violations);
        if (objects.size() > MAX_ROWS) {
            throw new ProblemException(
                    400,
                    "Bad Request",
                    "at most " + MAX_ROWS + " rows per file",
                    List.of(new Problem.Violation("rows", "body", "has " + objects.size() + " rows; split the file")));
        }
        List<Numbered<T>> rows = new ArrayList<>();
        objects.forEach((line, object) -> {
            Map<String, String> keys = new HashMap<>();
            for (String column : keyColumns) {
                JsonNode key = object.remove(column);
                if (key != null && !key.isNull()) {
                    keys.put(column, key.asText());
                }
            }
            row(line, object, type, violations).ifPresent(row -> rows.add(new Numbered<>(line, Map.copyOf(keys), row)));
        });
        if (rows.isEmpty() && violations.isEmpty()) {
            throw ProblemException.invalid("rows", "body", "the file has no rows");
        }
        return new Read<>(List.copyOf(rows), violations);
    }

    /**
     * The row as its type, or its violations: every field that cannot be read (each one read past in turn, so that
     * one bad cell does not hide the next) and every constraint the rest breaks.
     */
    private <T> Optional<T> row(int line, ObjectNode object, Class<T> type, List<Problem.Violation> violations) {
        String at = "rows[" + line + "]";
        Set<String> unreadable = new HashSet<>();
        while (true) {
            try {
                T row = json.treeToValue(object, type);
                int before = violations.size();
                for (ConstraintViolation<T> violation : validator.validate(row)) {
                    Problem.Violation wrong = ProblemMappers.violation(violation);
                    if (!unreadable.contains(topField(wrong.field()))) {
                        violations.add(new Problem.Violation(at + "." + wrong.field(), "body", wrong.message()));
                    }
                }
                return violations.size() == before && unreadable.isEmpty() ? Optional.of(row) : Optional.empty();
            } catch (JsonMappingException e) {
                Problem.Violation wrong = ProblemMappers.bodyViolation(e);
                String field = wrong.field().equals("body") ? at : at + "." + wrong.field();
                violations.add(new Problem.Violation(field, "body", wrong.message()));
                String top = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
                if (top == null || object.remove(top) == null) {
                    return Optional.empty();
                }
                unreadable.add(top);
            } catch (JsonProcessingException e) {
                violations.add(new Problem.Violation(at, "body", e.getOriginalMessage()));
                return Optional.empty();
            }
        }
    }

    private static String topField(String field) {
        int end = field.length();
        for (char stop : new char[] {'.', '['}) {
            int i = field.indexOf(stop);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return field.substring(0, end);
    }

    /** The problem a single operation answered for a row, as violations that name the row (rows[12].field). */
    public static List<Problem.Violation> ofRow(int line, ProblemException problem) {
        String at = "rows[" + line + "]";
        if (problem.violations().isEmpty()) {
            return List.of(new Problem.Violation(at, "body", problem.getMessage()));
        }
        return problem.violations().stream()
                .map(v -> new Problem.Violation(at + "." + v.field(), "body", v.message()))
                .toList();
    }

    /** Refuses the file when any row is wrong; a check that needs the store (an unknown id) adds its own first. */
    public static void refuseIfAny(List<Problem.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    400,
                    "Bad Request",
                    violations.size() + " problems in the file; nothing was imported",
                    violations.size() > MAX_VIOLATIONS ? violations.subList(0, MAX_VIOLATIONS) : violations);
        }
    }

    private Map<Integer, ObjectNode> ndjsonObjects(String body, List<Problem.Violation> violations) {
        Map<Integer, ObjectNode> objects = new LinkedHashMap<>();
        String[] lines = body.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode object = json.readTree(lines[i]);
                if (object == null || !object.isObject()) {
                    violations.add(new Problem.Violation("rows[" + (i + 1) + "]", "body", "must be a JSON object"));
                } else {
                    objects.put(i + 1, (ObjectNode) object);
                }
            } catch (JsonProcessingException e) {
                violations.add(new Problem.Violation(
                        "rows[" + (i + 1) + "]", "body", "is not JSON: " + e.getOriginalMessage()));
            }
        }
        return objects;
    }
}
