package kam.platform.web.paging;

import java.util.function.Function;

/**
 * A field a list may be sorted by. Keyset paging compares on it, so it must never be null.
 *
 * @param name the name clients use in {@code sort}
 * @param path the JPQL path of the field on the entity alias {@code e}, for example {@code e.name}
 * @param valueOf reads the field from an entity, to put in a cursor
 * @param parse turns the cursor's text back into a value of the field's type
 */
public record SortField<E>(String name, String path, Function<E, Object> valueOf, Function<String, Object> parse) {}
