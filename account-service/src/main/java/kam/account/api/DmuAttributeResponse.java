package kam.account.api;

import java.util.List;
import kam.account.dmu.DmuAttribute;
import kam.account.dmu.DmuAttributeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DmuAttribute")
public record DmuAttributeResponse(
        String name,
        DmuAttributeType type,
        @Schema(nullable = true) List<String> allowedValues,
        @Schema(nullable = true) String description,
        long version) {
    static DmuAttributeResponse from(DmuAttribute a) {
        return new DmuAttributeResponse(a.name(), a.type(), a.allowedValues(), a.description(), a.version());
    }
}
