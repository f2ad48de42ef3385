package kam.platform.web.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedCellsDoubledQuotesAndLineBreaksInsideACellWithTheLineEachRecordStartsOn() {
        List<Csv.Line> lines =
                Csv.read("name,note\r\n\"Acme, Inc.\",\"said \"\"hi\"\"\"\r\n\r\nPlain,\"two\nlines\"\nLast,\n");
        assertEquals(
                List.of(
                        new Csv.Line(1, List.of("name", "note")),
                        new Csv.Line(2, List.of("Acme, Inc.", "said \"hi\"")),
                        new Csv.Line(4, List.of("Plain", "two\nlines")),
                        new Csv.Line(6, List.of("Last", ""))),
                lines);
    }

    @Test
    void aCellWrittenReadsBackAsItWasAndAFormulaIsDefusedOnTheWay() {
        for (String text : List.of("plain", "a,b", "say \"x\"", "two\r\nlines", "=SUM(A1)", "+1", "@me", "-x")) {
            String cell = Csv.cell(text);
            String read = Csv.undefused(Csv.read(cell).get(0).cells().get(0));
            assertEquals(text, read);
        }
        assertEquals("'=SUM(A1)", Csv.cell("=SUM(A1)"));
        assertEquals("-5", Csv.cell(-5), "a number is no formula");
        assertEquals("", Csv.cell(null));
    }

    @Test
    void anUnclosedQuoteOrTextAfterAClosingQuoteNamesItsLine() {
        assertEquals(
                "line 2: a quoted cell is not closed",
                assertThrows(IllegalArgumentException.class, () -> Csv.read("a\n\"open\nstill"))
                        .getMessage());
        assertEquals(
                "line 1: text after a closing quote",
                assertThrows(IllegalArgumentException.class, () -> Csv.read("\"a\"b,c"))
                        .getMessage());
    }
}
