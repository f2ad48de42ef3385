package kam.platform.events.account;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An id another system knows an account by: an ERP customer number, a CRM id. A list of these, not a map, in events:
 * an object per reference takes the fields a later version adds, which a map of system to id could not.
 */
public record ExternalRef(String system, String id) {

    /** System to id, as the account keeps them, into the events' list, by system. */
    public static List<ExternalRef> listOf(Map<String, String> refs) {
        return refs == null
                ? List.of()
                : new TreeMap<>(refs)
                        .entrySet().stream()
                                .map(ref -> new ExternalRef(ref.getKey(), ref.getValue()))
                                .toList();
    }

    /** The events' list back into system to id; none when the event is older than external references. */
    public static Map<String, String> mapOf(List<ExternalRef> refs) {
        Map<String, String> map = new TreeMap<>();
        if (refs != null) {
            refs.stream()
                    .filter(ref -> ref.system() != null && ref.id() != null)
                    .forEach(ref -> map.put(ref.system(), ref.id()));
        }
        return map;
    }
}
