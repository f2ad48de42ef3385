package kam.account.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kam.account.team.TeamRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone of ours joining an account's team. */
@Schema(name = "TeamMemberRequest")
public record TeamMemberRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "amelia.hart")
        String userId,

        @Size(max = 200) String displayName,
        @NotNull TeamRole role) {}
