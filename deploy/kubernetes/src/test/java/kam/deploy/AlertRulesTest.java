package kam.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * deploy/prometheus/kam-alerts.yml in the shape Prometheus loads (groups of rules), each alert one a person can act on:
 * a unique name, an expression, a severity that routes it, and a summary. That its metrics exist is the system tests'
 * part (OperationsSystemTest scrapes the running services).
 */
class AlertRulesTest {
    private static final Path RULES = Path.of("../prometheus/kam-alerts.yml");

    @Test
    void everyAlertHasAnExpressionASeverityAndASummaryAndANameOfItsOwn() throws IOException {
        JsonNode groups = new YAMLMapper().readTree(RULES.toFile()).path("groups");
        List<String> names = new ArrayList<>();
        for (JsonNode group : groups) {
            assertThat(group.path("name").asText()).isNotBlank();
            for (JsonNode rule : group.path("rules")) {
                String name = rule.path("alert").asText();
                names.add(name);
                assertThat(name).matches("Kam[A-Z][A-Za-z]+");
                assertThat(rule.path("expr").asText()).as(name).isNotBlank();
                assertThat(rule.at("/labels/severity").asText()).as(name).isIn(Set.of("warning", "critical"));
                assertThat(rule.at("/annotations/summary").asText()).as(name).isNotBlank();
                if (rule.has("for")) {
                    assertThat(rule.path("for").asText()).as(name).matches("[0-9]+[smh]");
                }
            }
        }
        assertThat(names).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
    }
}
