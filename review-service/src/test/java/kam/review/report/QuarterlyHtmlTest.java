package kam.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kam.platform.events.scoring.ConcentrationMeasured;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.XmlDocuments;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The page as the service renders it, with its templates and escaper; read back by an XML parser. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class QuarterlyHtmlTest {
    private static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

    private final QuarterlyHtml html;

    QuarterlyHtmlTest(QuarterlyHtml html) {
        this.html = html;
    }

    @Test
    void theCsvQuotesWhatNeedsQuotingAndDefusesFormulasAndTheHtmlEscapes() {
        QuarterlyResults results = results("=HYPERLINK(\"x\"), Inc <b>", List.of());
        String csv = QuarterlyCsv.of(results);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("quarter,accountId,name,");
        assertThat(lines[1]).contains("\"'=HYPERLINK(\"\"x\"\"), Inc <b>\"").contains(",0.7500");

        String page = html.of(results);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg").contains("93 %");
        assertThat(page).doesNotContain("<b>\"").contains("&lt;b&gt;").doesNotContain("<script");
    }

    @Test
    void aNameWithEveryControlCharacterStillMakesAPageThatParsesAsXml() {
        StringBuilder name = new StringBuilder(XmlDocuments.withEveryControlCharacter("Contoso"));
        name.append(" <Foods> & 'Co'");
        ConcentrationMeasured.Group flagged = new ConcentrationMeasured.Group(UUID.randomUUID(), name.toString(), 0.4);

        String page = html.of(results(name.toString(), List.of(flagged)));

        Document document = XmlDocuments.parse(page);
        NodeList charts = document.getElementsByTagName("svg");
        assertThat(charts.getLength()).isEqualTo(3);
        assertThat(charts.item(0).getTextContent()).contains("Contoso").contains(" <Foods> & 'Co'");
        assertThat(document.getElementsByTagName("td").item(0).getTextContent())
                .startsWith("Contoso")
                .endsWith(" <Foods> & 'Co'");
        assertThat(document.getElementsByTagName("li").item(0).getTextContent()).endsWith(": 40 %");
    }

    private static QuarterlyResults results(String name, List<ConcentrationMeasured.Group> flagged) {
        QuarterlyResults.AccountLine line = new QuarterlyResults.AccountLine(
                UUID.randomUUID(), name, "Silver", "Gold", 70.0, 82.5, 12.5, 1, 2, 3, 2, 1, 1, 0, 0, 0, 4, 4, 3, 0.75);
        return new QuarterlyResults(
                "2027-Q1",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 31),
                NOW,
                new QuarterlyResults.Totals(1, 1, 0, 0, 4, 4, 3, 0.75),
                List.of(line),
                new QuarterlyResults.Concentration(NOW, 440, 0.93, 812.5, flagged));
    }
}
