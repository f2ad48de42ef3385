package kam.platform.web.paging;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import kam.platform.web.problem.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Keyset (seek) paging over a JPQL query on alias {@code e} with a UUID {@code e.id}: each page starts after the
 * last row of the one before, so pages stay fast and stable while rows are added. The cursor is opaque to clients:
 * the sort it was made for, the last row's sort value and its id.
 */
public final class Keyset<E> {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    private static final String SEPARATOR = "\n";

    private final SortField<E> field;
    private final boolean descending;
    private final Object afterValue;
    private final UUID afterId;

    private Keyset(SortField<E> field, boolean descending, Object afterValue, UUID afterId) {
        this.field = field;
        this.descending = descending;
        this.afterValue = afterValue;
        this.afterId = afterId;
    }

    /**
     * @param sort the client's {@code sort}: a field name, with a leading {@code -} for descending; null for the
     *     default
     * @param cursor the client's {@code cursor}, or null for the first page
     * @param fields the fields this list can be sorted by; the first is the default
     */
    public static <E> Keyset<E> of(String sort, String cursor, List<SortField<E>> fields) {
        String wanted = sort == null || sort.isBlank() ? fields.get(0).name() : sort.strip();
        boolean descending = wanted.startsWith("-");
        String name = descending ? wanted.substring(1) : wanted;
        SortField<E> field = fields.stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid(
                        "sort",
                        "query",
                        "must be one of " + fields.stream().map(SortField::name).toList() + ", with - for descending"));
        if (cursor == null || cursor.isBlank()) {
            return new Keyset<>(field, descending, null, null);
        }
        String[] parts = decode(cursor);
        if (parts.length != 3 || !parts[0].equals(wanted)) {
            throw ProblemException.invalid("cursor", "query", "was made for another sort or is damaged");
        }
        try {
            return new Keyset<>(field, descending, field.parse().apply(parts[1]), UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "query", "is damaged");
        }
    }

    /** The condition that starts the page after the cursor, or {@code null} on the first page. */
    public String condition() {
        if (afterId == null) {
            return null;
        }
        String op = descending ? "<" : ">";
        return "(" + field.path() + " " + op + " :keysetValue or (" + field.path() + " = :keysetValue and e.id " + op
                + " :keysetId))";
    }

    /** Adds the cursor's parameters to the query's. */
    public void bind(Map<String, Object> parameters) {
        if (afterId != null) {
            parameters.put("keysetValue", afterValue);
            parameters.put("keysetId", afterId);
        }
    }

    public String orderBy() {
        String direction = descending ? " desc" : " asc";
        return field.path() + direction + ", e.id" + direction;
    }

    /**
     * The page from rows fetched with {@code limit + 1}: the extra row only tells that there is a next page.
     *
     * @param idOf reads an entity's id
     */
    public <T> Page<T> page(List<E> rows, int limit, Function<E, UUID> idOf, Function<E, T> toItem) {
        boolean more = rows.size() > limit;
        List<E> kept = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            E last = kept.get(kept.size() - 1);
            String wanted = (descending ? "-" : "") + field.name();
            next = encode(
                    wanted,
                    String.valueOf(field.valueOf().apply(last)),
                    idOf.apply(last).toString());
        }
        return new Page<>(kept.stream().map(toItem).toList(), next);
    }

    /** 200 with the page and, when there is one, a {@code Link: rel="next"} to it. */
    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
        return ok(page, page.nextCursor(), uri);
    }

    /** 200 with the body and, when there is a next page, a {@code Link: rel="next"} to it. */
    public static <B> RestResponse<B> ok(B body, String nextCursor, UriInfo uri) {
        RestResponse.ResponseBuilder<B> response = RestResponse.ResponseBuilder.ok(body);
        if (nextCursor != null) {
            response.links(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor))
                    .rel("next")
                    .build());
        }
        return response.build();
    }

    private static String encode(String... parts) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(UTF_8));
    }

    private static String[] decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), UTF_8);
            int first = text.indexOf(SEPARATOR);
            int last = text.lastIndexOf(SEPARATOR);
            if (first < 0 || first == last) {
                return new String[0];
            }
            // The sort value in the middle may itself hold the separator.
            return new String[] {text.substring(0, first), text.substring(first + 1, last), text.substring(last + 1)};
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "query", "is not a cursor this service made");
        }
    }
}
