package kam.platform.web.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kam.platform.web.problem.Problem;

/** The rows of a CSV import as the JSON objects BulkRows reads, one per line, keyed by the line they start on. */
final class CsvObjects {
    private final ObjectMapper json;

    CsvObjects(ObjectMapper json) {
        this.json = json;
    }

    /**
     * CSV cells are text; each becomes the JSON its column's type reads (a number for a number, true or false for a
     * flag), so that a cell of the wrong kind is refused by the same strict rules as a JSON body. An empty cell is
     * an absent value.
     */
    Map<Integer, ObjectNode> read(
            String body, Class<?> type, Set<String> keyColumns, List<Problem.Violation> violations) {
        Map<Integer, ObjectNode> objects = new LinkedHashMap<>();
        List<Csv.Line> lines;
        try {
            lines = Csv.read(body);
        } catch (IllegalArgumentException e) {
            violations.add(new Problem.Violation("rows", "body", e.getMessage()));
            return objects;
        }
        Map<String, Class<?>> columns = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            columns.put(component.getName(), component.getType());
        }
        keyColumns.forEach(key -> columns.put(key, String.class));
        if (lines.isEmpty()) {
            return objects;
        }
        List<String> header = lines.get(0).cells().stream().map(String::strip).toList();
        List<String> unknown =
                header.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!unknown.isEmpty()) {
            violations.add(new Problem.Violation(
                    "header",
                    "body",
                    "unknown columns " + unknown + "; the columns are "
                            + columns.keySet().stream().sorted().collect(Collectors.joining(","))));
            return objects;
        }
        for (Csv.Line line : lines.subList(1, lines.size())) {
            if (line.cells().size() != header.size()) {
                violations.add(new Problem.Violation(
                        "rows[" + line.number() + "]",
                        "body",
                        "has " + line.cells().size() + " cells for " + header.size() + " columns"));
                continue;
            }
            ObjectNode object = json.createObjectNode();
            for (int i = 0; i < header.size(); i++) {
                String cell = Csv.undefused(line.cells().get(i));
                if (!cell.isEmpty()) {
                    object.set(header.get(i), value(cell, columns.get(header.get(i))));
                }
            }
            objects.put(line.number(), object);
        }
        return objects;
    }

    private JsonNode value(String cell, Class<?> type) {
        if (Number.class.isAssignableFrom(box(type))) {
            // A whole number stays an integer, which a count may take; StrictJson refuses a fraction there.
            try {
                return json.getNodeFactory().numberNode(new BigInteger(cell.strip()));
            } catch (NumberFormatException notWhole) {
                try {
                    return json.getNodeFactory().numberNode(new BigDecimal(cell.strip()));
                } catch (NumberFormatException notANumber) {
                    return json.getNodeFactory().textNode(cell);
                }
            }
        }
        if (box(type) == Boolean.class && ("true".equals(cell) || "false".equals(cell))) {
            return json.getNodeFactory().booleanNode(Boolean.parseBoolean(cell));
        }
        if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type.isRecord()) {
            // A list or an object is exported as its JSON in one cell, and read back the same way.
            try {
                return json.readTree(cell);
            } catch (JsonProcessingException e) {
                return json.getNodeFactory().textNode(cell);
            }
        }
        return json.getNodeFactory().textNode(cell);
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == boolean.class ? Boolean.class : Number.class;
    }
}
