package kam.scoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kam.platform.web.security.Roles;
import kam.scoring.portfolio.Nomination;
import kam.scoring.portfolio.Nominations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alignment", description = "Leaders' own top-N against the scored list: one list instead of many.")
public class NominationResource {
    private final Nominations nominations;

    public NominationResource(Nominations nominations) {
        this.nominations = nominations;
    }

    @Schema(name = "NominationRequest")
    public record NominationRequest(
            @NotEmpty @Size(max = 100) @Schema(description = "Your key accounts, favourite first")
            List<@NotNull UUID> accountIds) {}

    @Schema(name = "Nomination")
    public record NominationResponse(String leader, List<UUID> accountIds, Instant submittedAt) {
        static NominationResponse from(Nomination n) {
            return new NominationResponse(n.leader(), n.accountIds(), n.submittedAt());
        }
    }

    @PUT
    @Path("mine")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE})
    @Operation(operationId = "submitNomination", summary = "Submit your own top-N; it replaces your last one")
    public NominationResponse submit(@Valid @NotNull NominationRequest request) {
        return NominationResponse.from(nominations.submit(request.accountIds()));
    }

    @GET
    @Path("report")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.EXECUTIVE})
    @Operation(
            operationId = "getAlignmentReport",
            summary =
                    "Each leader's overlap and rank correlation with the scored list, and how many accounts were named")
    public Nominations.Report report() {
        return nominations.report();
    }
}
