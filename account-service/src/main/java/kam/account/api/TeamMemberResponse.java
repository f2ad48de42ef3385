package kam.account.api;

import java.util.UUID;
import kam.account.team.TeamMember;
import kam.account.team.TeamRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamMember")
public record TeamMemberResponse(
        UUID id, String userId, @Schema(nullable = true) String displayName, TeamRole role, long version) {
    static TeamMemberResponse from(TeamMember m) {
        return new TeamMemberResponse(m.id(), m.userId(), m.displayName(), m.role(), m.version());
    }
}
