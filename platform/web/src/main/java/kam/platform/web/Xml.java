package kam.platform.web;

/** Text for XML and SVG documents that services write by hand. */
public final class Xml {
    private Xml() {}

    /** Escapes text for an element's content or a double-quoted attribute. */
    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
