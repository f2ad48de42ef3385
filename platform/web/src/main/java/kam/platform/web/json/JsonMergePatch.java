package kam.platform.web.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kam.platform.web.problem.ProblemException;

/** RFC 7396 JSON Merge Patch: members of the patch replace the target's, {@code null} removes, objects merge. */
public final class JsonMergePatch {
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private JsonMergePatch() {}

    /** Applies a patch to a resource; a resource's patch is an object of the members to change, anything else a 400. */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("body", "body", "must be a JSON object of the members to change");
        }
        return merge(target, patch);
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        patch.properties().forEach(member -> {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        });
        return result;
    }
}
