package kam.account.api;

import java.time.LocalDate;
import java.util.UUID;
import kam.account.relationship.Relationship;
import kam.account.relationship.RelationshipDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Relationship")
public record RelationshipResponse(
        UUID id,
        UUID teamMemberId,
        UUID stakeholderId,
        int strength,
        @Schema(nullable = true) LocalDate lastContact,
        @Schema(nullable = true) Integer contactFrequencyDays,

        @Schema(description = "The agreed contact frequency has passed since the last contact")
        boolean overdue,

        long version) {

    static RelationshipResponse from(Relationship r, LocalDate today) {
        RelationshipDetails d = r.details();
        return new RelationshipResponse(
                r.id(),
                r.teamMemberId(),
                r.stakeholderId(),
                d.strength(),
                d.lastContact(),
                d.contactFrequencyDays(),
                r.isOverdue(today),
                r.version());
    }
}
