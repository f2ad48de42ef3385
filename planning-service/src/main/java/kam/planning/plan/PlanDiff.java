package kam.planning.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two versions of a plan's content, item by item: lists of items with ids (objectives,
 * opportunities, risks) are matched by id, lists of texts by value, so that a reordered list is no change and an
 * edited objective shows as one changed field, not as one removed and one added.
 */
public final class PlanDiff {
    private PlanDiff() {}

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * @param path where, for example {@code objectives[id=...].target} or {@code swot.strengths}
     * @param before the old value; null when added
     * @param after the new value; null when removed
     */
    public record Change(String path, Kind kind, JsonNode before, JsonNode after) {}

    public static List<Change> between(JsonNode from, JsonNode to) {
        List<Change> changes = new ArrayList<>();
        compare("", from, to, changes);
        return changes;
    }

    private static void compare(String path, JsonNode from, JsonNode to, List<Change> changes) {
        if (isMissing(from) && isMissing(to)) {
            return;
        }
        if (isMissing(from)) {
            changes.add(new Change(path, Kind.ADDED, null, to));
        } else if (isMissing(to)) {
            changes.add(new Change(path, Kind.REMOVED, from, null));
        } else if (from.isObject() && to.isObject()) {
            Set<String> fields = new TreeSet<>();
            from.fieldNames().forEachRemaining(fields::add);
            to.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                compare(path.isEmpty() ? field : path + "." + field, from.get(field), to.get(field), changes);
            }
        } else if (from.isArray() && to.isArray()) {
            compareLists(path, from, to, changes);
        } else if (!from.equals(to)) {
            changes.add(new Change(path, Kind.CHANGED, from, to));
        }
    }

    private static void compareLists(String path, JsonNode from, JsonNode to, List<Change> changes) {
        if (hasIds(from) && hasIds(to)) {
            Map<String, JsonNode> before = byId(from);
            Map<String, JsonNode> after = byId(to);
            Set<String> ids = new LinkedHashSet<>(before.keySet());
            ids.addAll(after.keySet());
            for (String id : ids) {
                compare(path + "[id=" + id + "]", before.get(id), after.get(id), changes);
            }
            return;
        }
        Set<JsonNode> before = new LinkedHashSet<>();
        from.forEach(before::add);
        Set<JsonNode> after = new LinkedHashSet<>();
        to.forEach(after::add);
        before.stream()
                .filter(v -> !after.contains(v))
                .forEach(v -> changes.add(new Change(path, Kind.REMOVED, v, null)));
        after.stream()
                .filter(v -> !before.contains(v))
                .forEach(v -> changes.add(new Change(path, Kind.ADDED, null, v)));
    }

    private static boolean hasIds(JsonNode list) {
        for (JsonNode item : list) {
            if (!item.isObject() || !item.hasNonNull("id")) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        list.forEach(item -> items.put(item.get("id").asText(), item));
        return items;
    }

    private static boolean isMissing(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }
}
