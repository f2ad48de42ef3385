package kam.account.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import kam.account.dmu.DmuAttributeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DmuAttributeRequest")
public record DmuAttributeRequest(
        @NotNull DmuAttributeType type,

        @Size(max = 100) @Schema(description = "The values a CHOICE attribute allows")
        List<@NotBlank String> allowedValues,

        @Size(max = 500) String description) {}
