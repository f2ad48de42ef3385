package kam.platform.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Checks that what a service draws (SVG, the quarterly page) is well-formed XML, however hostile the text in it. */
public final class XmlDocuments {
    private XmlDocuments() {}

    /** {@code name} followed by every code point below U+0020: the text a pasted name can hold. */
    public static String withEveryControlCharacter(String name) {
        StringBuilder text = new StringBuilder(name);
        for (char c = 0; c < 0x20; c++) {
            text.append(c);
        }
        return text.toString();
    }

    /** The document parsed by the JDK's XML parser; a document that is not well-formed fails the test. */
    public static Document parse(String xml) {
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
