package kam.account.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;
import kam.account.relationship.RelationshipDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A relationship between one of our team and one of the customer's stakeholders. */
@Schema(name = "RelationshipRequest")
public record RelationshipRequest(
        @NotNull UUID teamMemberId,
        @NotNull UUID stakeholderId,

        @NotNull @Min(1) @Max(5) @Schema(description = "1 (barely know each other) to 5 (trusted); 4+ is strong")
        Integer strength,

        @PastOrPresent LocalDate lastContact,

        @Min(1) @Max(3650) @Schema(description = "The agreed contact frequency, in days")
        Integer contactFrequencyDays) {

    RelationshipDetails toDetails() {
        return new RelationshipDetails(strength, lastContact, contactFrequencyDays);
    }
}
