package kam.platform.web.paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of a list query on alias {@code e}, with their parameters: a filter whose value is null (the client did
 * not ask for it) adds nothing. {@link #page} adds the keyset's condition and order and fetches one row more than the
 * page, so that {@link Keyset#page} can tell whether there is a next one.
 */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** {@code e.field = value}. */
    public Where equal(String field, Object value) {
        return compare(field, "=", field, value);
    }

    /** {@code e.field >= value}. */
    public Where atLeast(String field, Object value) {
        return compare(field, ">=", field + "From", value);
    }

    /** {@code e.field <= value}. */
    public Where atMost(String field, Object value) {
        return compare(field, "<=", field + "To", value);
    }

    /** Any other condition, with the parameters it names. */
    public Where and(String condition, Map<String, Object> conditionParameters) {
        conditions.add(condition);
        parameters.putAll(conditionParameters);
        return this;
    }

    /** Up to {@code limit + 1} rows of {@code entity} after the keyset's cursor, in its order. */
    public <E> List<E> page(PanacheRepositoryBase<E, ?> repository, String entity, Keyset<E> keyset, int limit) {
        List<String> all = new ArrayList<>(conditions);
        Map<String, Object> bound = new HashMap<>(parameters);
        if (keyset.condition() != null) {
            all.add(keyset.condition());
            keyset.bind(bound);
        }
        String query = "from " + entity + " e" + (all.isEmpty() ? "" : " where " + String.join(" and ", all))
                + " order by " + keyset.orderBy();
        return repository.find(query, bound).range(0, limit).list();
    }

    private Where compare(String field, String operator, String parameter, Object value) {
        if (value != null) {
            conditions.add("e." + field + " " + operator + " :" + parameter);
            parameters.put(parameter, value);
        }
        return this;
    }
}
