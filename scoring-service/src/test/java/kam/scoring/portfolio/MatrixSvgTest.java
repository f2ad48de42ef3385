package kam.scoring.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import kam.platform.testing.XmlDocuments;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class MatrixSvgTest {

    @Test
    void anAccountNamedWithEveryControlCharacterStillMakesAWellFormedMatrix() {
        StringBuilder name = new StringBuilder(XmlDocuments.withEveryControlCharacter("Contoso"));
        name.append(" <Foods> & 'Co'");
        List<MatrixSvg.Dot> dots = List.of(
                new MatrixSvg.Dot(UUID.randomUUID(), name.toString(), 80, 70, "Gold\u0007"),
                new MatrixSvg.Dot(UUID.randomUUID(), null, 20, 30, null));

        String svg = MatrixSvg.render(dots, 50);

        Document document = XmlDocuments.parse(svg);
        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(2);
        assertThat(document.getDocumentElement().getTextContent())
                .contains("Contoso")
                .contains(" <Foods> & 'Co' (Gold)");
    }
}
