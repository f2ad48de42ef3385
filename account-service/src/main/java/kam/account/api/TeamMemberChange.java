package kam.account.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kam.account.team.TeamRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team member's new role or name; who they are does not change. */
@Schema(name = "TeamMemberChange")
public record TeamMemberChange(
        @Size(max = 200) String displayName, @NotNull TeamRole role) {}
