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
    void aByteOrderMarkBeforeTheHeaderIsNoPartOfItsFirstColumn() {
        List<Csv.Line> lines = Csv.read("\uFEFFaccountId,period\r\nx,2026\r\n");
        assertEquals(List.of("accountId", "period"), lines.get(0).cells());
        assertEquals(List.of("x", "2026"), lines.get(1).cells());
        assertEquals(List.of("\uFEFFinside"), Csv.read("a\n\uFEFFinside").get(1).cells(), "only the file's first");
    }

    @Test
    void aCellStartingWithATabOrACarriageReturnIsDefusedAndReadsBack() {
        assertEquals("'\t=cmd|' /C calc'!A0", Csv.cell("\t=cmd|' /C calc'!A0"));
        assertEquals("\"'\r=1+1\"", Csv.cell("\r=1+1"), "quoted too: a carriage return breaks the line");
        for (String text : List.of("\t=cmd|' /C calc'!A0", "\r=1+1", "\tindented")) {
            assertEquals(
                    text, Csv.undefused(Csv.read(Csv.cell(text)).get(0).cells().get(0)));
        }
    }

    @Test
    void textStartingWithAnApostropheOfItsOwnReadsBackWithIt() {
        for (String text : List.of("'=x", "'hello", "''", "'", "'+1")) {
            String cell = Csv.cell(text);
            assertEquals("'" + text, cell);
            assertEquals(text, Csv.undefused(Csv.read(cell).get(0).cells().get(0)));
        }
        assertEquals("'hello", Csv.undefused("'hello"), "a cell typed in a spreadsheet keeps its apostrophe");
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
