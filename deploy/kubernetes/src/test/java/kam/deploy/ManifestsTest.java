package kam.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rendered base and production overlay against the repository: every deployable module has a Deployment whose
 * image is named after it, with probes, requests and limits, a Service and a disruption budget; every topic a service
 * reads or writes is declared, replicated three times with two in sync; every database Secret has its cluster.
 */
class ManifestsTest {
    private static final Path ROOT = Path.of("../..");

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void everyModuleIsDeployedWithItsImageProbesAndLimits(String directory) throws IOException {
        List<ObjectNode> rendered = Manifests.render(Path.of(directory));
        Set<String> modules = deployableModules();
        assertThat(modules).contains("account-service", "gateway");
        for (String module : modules) {
            ObjectNode deployment = find(rendered, "Deployment", module);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            String image = container.path("image").asText();
            assertThat(image.substring(image.lastIndexOf('/') + 1).split(":")[0])
                    .as(module)
                    .isEqualTo(module);
            // Probes and metrics on the management port, the one the Ingress never routes to.
            assertThat(managementPort(container)).as(module).isEqualTo(9000);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(container.at("/" + probe + "/httpGet/port").asText())
                        .as(module + " " + probe)
                        .isEqualTo("management");
            }
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            JsonNode annotations = deployment.at("/spec/template/metadata/annotations");
            assertThat(annotations.path("prometheus.io/port").asInt())
                    .as(module)
                    .isEqualTo(9000);
            assertThat(annotations.path("prometheus.io/path").asText()).isEqualTo("/q/metrics");
            for (String kind : List.of("requests", "limits")) {
                assertThat(container.at("/resources/" + kind + "/memory").asText())
                        .as(module)
                        .isNotEmpty();
                assertThat(container.at("/resources/" + kind + "/cpu").asText())
                        .as(module)
                        .isNotEmpty();
            }
            assertThat(find(rendered, "Service", module)
                            .at("/spec/selector/app.kubernetes.io~1name")
                            .asText())
                    .isEqualTo(module);
            assertThat(find(rendered, "PodDisruptionBudget", module)).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void everyTopicTheServicesUseIsDeclaredReplicatedAndSafe(String directory) throws IOException {
        List<ObjectNode> rendered = Manifests.render(Path.of(directory));
        Set<String> used = new HashSet<>(Set.of("kam.dlq"));
        for (String module : deployableModules()) {
            Properties properties = properties(module);
            properties.stringPropertyNames().stream()
                    .filter(name -> name.equals("kam.outbox.topic") || name.endsWith(".topic"))
                    .map(properties::getProperty)
                    .forEach(used::add);
        }
        assertThat(used).contains("kam.accounts", "kam.scoring", "kam.planning", "kam.reviews");
        for (String topic : used) {
            ObjectNode declared = find(rendered, "KafkaTopic", topic);
            assertThat(declared.at("/spec/replicas").asInt()).as(topic).isEqualTo(3);
            assertThat(declared.at("/spec/config/min.insync.replicas").asInt())
                    .as(topic)
                    .isEqualTo(2);
            assertThat(declared.at("/spec/partitions").asInt()).as(topic).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void everyDatabaseSecretADeploymentReadsHasItsCluster(String directory) throws IOException {
        List<ObjectNode> rendered = Manifests.render(Path.of(directory));
        Set<String> clusters = rendered.stream()
                .filter(d -> d.path("kind").asText().equals("Cluster"))
                .map(d -> d.at("/metadata/name").asText() + "-app")
                .collect(Collectors.toSet());
        List<String> secrets = rendered.stream()
                .filter(d -> d.path("kind").asText().equals("Deployment"))
                .flatMap(d -> d.at("/spec/template/spec/containers/0/env").findValues("secretKeyRef").stream())
                .map(ref -> ref.path("name").asText())
                .toList();
        assertThat(secrets).isNotEmpty();
        assertThat(clusters).containsAll(secrets);
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/production"})
    void productionRunsTwoOrMoreOfEachAutoscaledBehindOneIngress(String directory) throws IOException {
        List<ObjectNode> rendered = Manifests.render(Path.of(directory));
        for (String module : deployableModules()) {
            assertThat(find(rendered, "Deployment", module).at("/spec/replicas").asInt())
                    .as(module)
                    .isGreaterThanOrEqualTo(2);
            assertThat(find(rendered, "HorizontalPodAutoscaler", module)
                            .at("/spec/scaleTargetRef/name")
                            .asText())
                    .isEqualTo(module);
            assertThat(find(rendered, "Deployment", module)
                            .at("/spec/template/spec/containers/0/image")
                            .asText())
                    .endsWith(":0.1.0");
            assertThat(find(rendered, "Deployment", module)
                            .at("/metadata/namespace")
                            .asText())
                    .isEqualTo("kam");
        }
        JsonNode ingressed = find(rendered, "Ingress", "gateway").at("/spec/rules/0/http/paths/0/backend/service");
        assertThat(ingressed.path("name").asText()).isEqualTo("gateway");
        // The Ingress reaches the gateway's public port only, never a management port.
        assertThat(ingressed.at("/port/name").asText()).isEqualTo("http");
        rendered.stream()
                .filter(d -> d.path("kind").asText().equals("Cluster"))
                .forEach(c -> assertThat(c.at("/spec/instances").asInt()).isEqualTo(3));
    }

    /**
     * The container's management port, which must be the one QUARKUS_MANAGEMENT_PORT sets and which no public
     * port may share.
     */
    private static int managementPort(JsonNode container) {
        int declared = -1;
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals("management")) {
                declared = port.path("containerPort").asInt();
            } else {
                assertThat(port.path("containerPort").asInt()).isNotEqualTo(9000);
            }
        }
        List<Integer> set = new java.util.ArrayList<>();
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals("QUARKUS_MANAGEMENT_PORT")) {
                set.add(variable.path("value").asInt());
            }
        }
        assertThat(set).containsExactly(declared);
        return declared;
    }

    /** The modules that run as a process: the ones with a Quarkus application.properties. */
    private static Set<String> deployableModules() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(dir -> Files.exists(dir.resolve("src/main/resources/application.properties")))
                    .map(dir -> dir.getFileName().toString())
                    .collect(Collectors.toSet());
        }
    }

    private static Properties properties(String module) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve(module).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private static ObjectNode find(List<ObjectNode> rendered, String kind, String name) {
        return rendered.stream()
                .filter(d -> d.path("kind").asText().equals(kind)
                        && d.at("/metadata/name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in the rendered manifests"));
    }
}
