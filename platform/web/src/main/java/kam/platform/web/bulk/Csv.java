package kam.platform.web.bulk;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 has it: comma-separated, a cell quoted when it holds a comma, quote or line break, quotes doubled.
 * Text that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return before one, as
 * OWASP lists them) is written with a leading apostrophe, and read back without it, so an export opened in a
 * spreadsheet runs nothing and still imports unchanged. Text that starts with an apostrophe of its own gets one more,
 * so that it too reads back as it was. A file may start with a UTF-8 byte-order mark, as spreadsheets write them.
 */
public final class Csv {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** What a leading apostrophe is put before: a formula's start, or an apostrophe that is part of the text. */
    private static final String DEFUSED_STARTS = FORMULA_STARTS + "'";

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Csv() {}

    /** A record of the file: its cells, and the line it starts on (1 for the header). */
    public record Line(int number, List<String> cells) {}

    /** One cell; {@code null} is written empty. Numbers are never defused: -5 stays a number. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && DEFUSED_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** A cell as it was before {@link #cell} defused it. */
    public static String undefused(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && DEFUSED_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }

    /**
     * The records of a CSV text, blank lines and a leading byte-order mark left out.
     *
     * @throws IllegalArgumentException naming the line, where a quoted cell is not closed or text follows a quote
     */
    public static List<Line> read(String text) {
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        int first = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(lines, cells, cell, start);
                line++;
                start = line;
                afterQuote = false;
            } else if (c == '"' && cell.isEmpty() && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                throw new IllegalArgumentException("line " + line + ": text after a closing quote");
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + start + ": a quoted cell is not closed");
        }
        end(lines, cells, cell, start);
        return lines;
    }

    private static void end(List<Line> lines, List<String> cells, StringBuilder cell, int start) {
        cells.add(cell.toString());
        cell.setLength(0);
        boolean blank = cells.size() == 1 && cells.get(0).isEmpty();
        if (!blank) {
            lines.add(new Line(start, List.copyOf(cells)));
        }
        cells.clear();
    }
}
