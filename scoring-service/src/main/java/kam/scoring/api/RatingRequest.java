package kam.scoring.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rating of one rated criterion of the active model. */
@Schema(name = "RatingRequest")
public record RatingRequest(
        @NotBlank @Schema(examples = "strategicFit") String criterionKey,

        @NotNull @Schema(description = "A value on the criterion's scale")
        Double value,

        @Size(max = 1000) String comment) {}
