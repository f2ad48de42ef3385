package kam.platform.web;

/**
 * Text for the XML, SVG and HTML documents the services write: the one escape of the platform (review-service's
 * templates use it too, see XmlEscaper there).
 */
public final class Xml {
    private Xml() {}

    /**
     * Escapes text for an element's content or a quoted attribute, and leaves out what XML 1.0 forbids anywhere: the
     * control characters other than tab, line feed and carriage return (a stakeholder's name pasted with one made a
     * malformed SVG), unpaired surrogates, U+FFFE and U+FFFF.
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowed(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** XML 1.0's Char production. */
    private static boolean allowed(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
