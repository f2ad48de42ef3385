package kam.scoring.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class MatrixSvgTest {

    @Test
    void anAccountNamedWithEveryControlCharacterStillMakesAWellFormedMatrix() throws Exception {
        StringBuilder name = new StringBuilder("Contoso");
        for (char c = 0; c < 0x20; c++) {
            name.append(c);
        }
        name.append(" <Foods> & 'Co'");
        List<MatrixSvg.Dot> dots = List.of(
                new MatrixSvg.Dot(UUID.randomUUID(), name.toString(), 80, 70, "Gold\u0007"),
                new MatrixSvg.Dot(UUID.randomUUID(), null, 20, 30, null));

        String svg = MatrixSvg.render(dots, 50);

        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(2);
        assertThat(document.getDocumentElement().getTextContent())
                .contains("Contoso")
                .contains(" <Foods> & 'Co' (Gold)");
    }
}
