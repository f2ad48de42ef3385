package kam.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class XmlTest {
    /** Every code point below U+0020, then the five characters XML gives meaning to. */
    static final String HOSTILE = controlCharacters() + "<b>&'\"";

    static String controlCharacters() {
        StringBuilder all = new StringBuilder("Ada");
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }
        return all.toString();
    }

    @Test
    void escapedTextParsesBackAsXmlWithOnlyTheCharactersXmlAllows() throws Exception {
        String document = "<a title=\"" + Xml.escape(HOSTILE) + "\">" + Xml.escape(HOSTILE) + "</a>";

        Element root = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();

        // Tab, line feed and carriage return are XML characters; a parser reads the last as a line feed.
        assertEquals("Ada\t\n\n<b>&'\"", root.getTextContent());
        // In an attribute, a parser reads each of the three as a space.
        assertEquals("Ada   <b>&'\"", root.getAttribute("title"));
    }

    @Test
    void unpairedSurrogatesAndTheTwoNonCharactersAreLeftOutWhileOtherPlanesStay() {
        assertEquals("abcde", Xml.escape("a\uD800b\uDFFFc\uFFFEd\uFFFFe"));
        assertEquals("😀 Zoë", Xml.escape("😀 Zoë"));
    }
}
