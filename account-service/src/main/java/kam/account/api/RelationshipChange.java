package kam.account.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import kam.account.relationship.RelationshipDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A relationship's new strength and contact; the pair it joins does not change. */
@Schema(name = "RelationshipChange")
public record RelationshipChange(
        @NotNull @Min(1) @Max(5) Integer strength,
        @PastOrPresent LocalDate lastContact,
        @Min(1) @Max(3650) Integer contactFrequencyDays) {

    RelationshipDetails toDetails() {
        return new RelationshipDetails(strength, lastContact, contactFrequencyDays);
    }
}
