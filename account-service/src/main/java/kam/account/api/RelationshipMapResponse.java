package kam.account.api;

import java.util.List;
import java.util.UUID;
import kam.account.map.Coverage;
import kam.account.map.RelationshipMaps.MapData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account's relationship map in one answer: the org chart, our team, the relationships and their coverage. */
@Schema(name = "RelationshipMap")
public record RelationshipMapResponse(
        UUID accountId,
        String accountName,
        List<TeamMemberResponse> team,

        @Schema(description = "The decision-making unit; reportsToId draws the org chart")
        List<StakeholderResponse> stakeholders,

        List<RelationshipResponse> relationships,
        Coverage coverage) {

    static RelationshipMapResponse from(MapData map) {
        return new RelationshipMapResponse(
                map.account().id(),
                map.account().name(),
                map.team().stream().map(TeamMemberResponse::from).toList(),
                map.stakeholders().stream().map(StakeholderResponse::from).toList(),
                map.relationships().stream()
                        .map(r -> RelationshipResponse.from(r, map.today()))
                        .toList(),
                map.coverage());
    }
}
