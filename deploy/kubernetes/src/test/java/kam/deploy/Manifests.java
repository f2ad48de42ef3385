package kam.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a kustomization the way kustomize does for what this repository uses: resources (files and other
 * kustomizations), a namespace, image renames and strategic-merge patches matched by kind and name (containers merged
 * by name). No kustomize binary is needed, so the test runs wherever Maven does; where kubectl exists,
 * {@code kubectl kustomize} renders the same.
 */
final class Manifests {
    private static final ObjectMapper YAML = new YAMLMapper();

    private Manifests() {}

    static List<ObjectNode> render(Path directory) throws IOException {
        JsonNode kustomization =
                YAML.readTree(directory.resolve("kustomization.yaml").toFile());
        Map<String, ObjectNode> byKey = new LinkedHashMap<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            List<ObjectNode> documents = Files.isDirectory(path) ? render(path) : read(path);
            documents.forEach(d -> byKey.put(key(d), d));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            for (ObjectNode change : read(directory.resolve(patch.path("path").asText()))) {
                ObjectNode target = byKey.get(key(change));
                if (target == null) {
                    throw new IllegalStateException("the patch " + key(change) + " matches no resource");
                }
                merge(target, change);
            }
        }
        List<ObjectNode> rendered = new ArrayList<>(byKey.values());
        String namespace = kustomization.path("namespace").asText(null);
        for (ObjectNode document : rendered) {
            if (namespace != null && !"Namespace".equals(document.path("kind").asText())) {
                ((ObjectNode) document.with("metadata")).put("namespace", namespace);
            }
            for (JsonNode image : kustomization.path("images")) {
                renameImages(document, image);
            }
        }
        return rendered;
    }

    static List<ObjectNode> read(Path file) throws IOException {
        List<ObjectNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            var values = YAML.readValues(parser, ObjectNode.class);
            while (values.hasNext()) {
                documents.add(values.next());
            }
        }
        return documents;
    }

    static String key(JsonNode document) {
        return document.path("kind").asText() + "/"
                + document.path("metadata").path("name").asText();
    }

    private static void merge(ObjectNode target, JsonNode change) {
        change.fields().forEachRemaining(field -> {
            JsonNode current = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (current instanceof ObjectNode object && value.isObject()) {
                merge(object, value);
            } else if (current instanceof ArrayNode list && value.isArray() && "containers".equals(field.getKey())) {
                for (JsonNode container : value) {
                    JsonNode match = null;
                    for (JsonNode existing : list) {
                        if (existing.path("name").equals(container.path("name"))) {
                            match = existing;
                        }
                    }
                    if (match instanceof ObjectNode existing) {
                        merge(existing, container);
                    } else {
                        list.add(container);
                    }
                }
            } else {
                target.set(field.getKey(), value);
            }
        });
    }

    private static void renameImages(JsonNode node, JsonNode image) {
        if (node instanceof ObjectNode object) {
            JsonNode current = object.get("image");
            String name = image.path("name").asText();
            if (current != null
                    && current.isTextual()
                    && current.asText().split(":")[0].equals(name)) {
                object.put(
                        "image",
                        image.path("newName").asText(name) + ":"
                                + image.path("newTag").asText("latest"));
            }
            object.elements().forEachRemaining(child -> renameImages(child, image));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> renameImages(child, image));
        }
    }
}
