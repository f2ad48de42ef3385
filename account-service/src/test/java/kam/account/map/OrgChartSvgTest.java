package kam.account.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.account.relationship.Relationship;
import kam.account.relationship.RelationshipDetails;
import kam.account.stakeholder.Attitude;
import kam.account.stakeholder.BuyingRole;
import kam.account.stakeholder.Stakeholder;
import kam.account.stakeholder.StakeholderDetails;
import kam.platform.testing.XmlDocuments;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class OrgChartSvgTest {
    private static final UUID ACCOUNT = UUID.randomUUID();
    private static final Instant NOW = Instant.now();

    @Test
    void drawsEveryStakeholderUnderTheirManagerColouredByAttitude() {
        Stakeholder ceo = person("Chief <Executive> & Co", null, Attitude.CHAMPION, BuyingRole.ECONOMIC_BUYER);
        Stakeholder cfo = person("CFO", ceo.id(), Attitude.BLOCKER, BuyingRole.DECISION_MAKER);
        Stakeholder buyer = person("Buyer", cfo.id(), Attitude.NEUTRAL);
        Relationship strong =
                Relationship.between(ACCOUNT, UUID.randomUUID(), ceo.id(), new RelationshipDetails(5, null, null), NOW);

        String svg = OrgChartSvg.render("Northwind", List.of(buyer, cfo, ceo), List.of(strong));

        Document document = XmlDocuments.parse(svg);
        NodeList boxes = document.getElementsByTagName("g");
        assertThat(boxes.getLength()).isEqualTo(3);
        assertThat(document.getElementsByTagName("line").getLength()).isEqualTo(2);
        Map<String, Element> byId = new HashMap<>();
        for (int i = 0; i < boxes.getLength(); i++) {
            Element box = (Element) boxes.item(i);
            byId.put(box.getAttribute("data-id"), box);
        }
        assertThat(rect(byId.get(ceo.id().toString())).getAttribute("fill")).isEqualTo("#1b9e4b");
        assertThat(rect(byId.get(cfo.id().toString())).getAttribute("fill")).isEqualTo("#e06666");
        // The uncovered decision maker is marked; the strongly covered CEO has a thick border.
        assertThat(rect(byId.get(cfo.id().toString())).getAttribute("stroke-dasharray"))
                .isNotEmpty();
        assertThat(rect(byId.get(ceo.id().toString())).getAttribute("stroke-width"))
                .isEqualTo("3");
        // Each level sits below the one it reports to.
        assertThat(y(byId.get(ceo.id().toString())))
                .isLessThan(y(byId.get(cfo.id().toString())));
        assertThat(y(byId.get(cfo.id().toString())))
                .isLessThan(y(byId.get(buyer.id().toString())));
        assertThat(svg).contains("Chief &lt;Executive&gt; &amp; Co");
    }

    @Test
    void aNameWithEveryControlCharacterStillMakesAWellFormedChart() {
        String name = XmlDocuments.withEveryControlCharacter("Ada");
        Stakeholder pasted = person(name + " <Lovelace>", null, Attitude.SUPPORTER);

        String svg = OrgChartSvg.render(name, List.of(pasted), List.of());

        Document document = XmlDocuments.parse(svg);
        assertThat(document.getElementsByTagName("g").getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagName("g").item(0).getTextContent()).contains("Ada");
    }

    private static Element rect(Element group) {
        return (Element) group.getElementsByTagName("rect").item(0);
    }

    private static int y(Element group) {
        return Integer.parseInt(rect(group).getAttribute("y"));
    }

    private static Stakeholder person(String name, UUID reportsTo, Attitude attitude, BuyingRole... roles) {
        return Stakeholder.add(
                ACCOUNT,
                new StakeholderDetails(name, null, null, null, reportsTo, List.of(roles), attitude, 3, Map.of()),
                NOW);
    }
}
