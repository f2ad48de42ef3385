package kam.platform.web.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

class KeysetTest {
    record Row(UUID id, String name) {}

    private static final List<SortField<Row>> SORTS =
            List.of(new SortField<>("name", "e.name", Row::name, value -> value));

    @Test
    void theFirstPageHasNoConditionAndTheDefaultSort() {
        Keyset<Row> keyset = Keyset.of(null, null, SORTS);
        assertNull(keyset.condition());
        assertEquals("e.name asc, e.id asc", keyset.orderBy());
    }

    @Test
    void aCursorStartsTheNextPageAfterTheLastRowEvenWhenItsValueHoldsTheSeparator() {
        List<Row> rows = List.of(
                new Row(UUID.randomUUID(), "a"), new Row(UUID.randomUUID(), "b\nc"), new Row(UUID.randomUUID(), "d"));
        Page<String> page = Keyset.of("-name", null, SORTS).page(rows, 2, Row::id, Row::name);
        assertEquals(List.of("a", "b\nc"), page.items());

        Keyset<Row> next = Keyset.of("-name", page.nextCursor(), SORTS);
        Map<String, Object> parameters = new HashMap<>();
        next.bind(parameters);
        assertEquals("b\nc", parameters.get("keysetValue"));
        assertEquals(rows.get(1).id(), parameters.get("keysetId"));
        assertEquals("(e.name < :keysetValue or (e.name = :keysetValue and e.id < :keysetId))", next.condition());
        assertEquals("e.name desc, e.id desc", next.orderBy());
    }

    @Test
    void theLastPageHasNoCursor() {
        Page<String> page =
                Keyset.of("name", null, SORTS).page(List.of(new Row(UUID.randomUUID(), "a")), 2, Row::id, Row::name);
        assertNull(page.nextCursor());
    }

    @Test
    void anUnknownSortOrAForeignCursorIs400NamingTheParameter() {
        ProblemException sort = assertThrows(ProblemException.class, () -> Keyset.of("revenue", null, SORTS));
        assertEquals("sort", sort.violations().get(0).field());
        ProblemException cursor = assertThrows(ProblemException.class, () -> Keyset.of("name", "%%%", SORTS));
        assertEquals("cursor", cursor.violations().get(0).field());
        String descending = Keyset.of("-name", null, SORTS)
                .page(List.of(new Row(UUID.randomUUID(), "a"), new Row(UUID.randomUUID(), "b")), 1, Row::id, Row::name)
                .nextCursor();
        assertEquals(
                "cursor",
                assertThrows(ProblemException.class, () -> Keyset.of("name", descending, SORTS))
                        .violations()
                        .get(0)
                        .field());
    }
}
