package kam.review.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import kam.platform.web.Responses;
import kam.platform.web.security.Roles;
import kam.review.cadence.CadencePolicies;
import kam.review.cadence.CadencePolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cadence-policy")
@Tag(name = "Cadence policy", description = "Which accounts get a review every 90 days, and how")
public class CadencePolicyResource {
    private final CadencePolicies policies;

    public CadencePolicyResource(CadencePolicies policies) {
        this.policies = policies;
    }

    /** The policy as read and written; zero or negative intervals and unknown time zones are refused. */
    public record PolicyBody(
            @NotNull CadencePolicy.Selection selection,
            @NotNull @Positive @Max(1000) Integer topN,
            @NotNull @Size(max = 20) List<@NotBlank String> tiers,
            @NotNull @Positive @Max(366) Integer intervalDays,
            @NotNull @Positive @Max(36) Integer horizonMonths,
            @NotNull @Positive @Max(366) Integer mentorIntervalDays,
            @NotNull @Size(max = 10) List<@NotBlank String> requiredRoles,
            @NotNull @Size(max = 30) List<@Valid @NotNull InvitedBody> invited,
            @NotNull LocalTime meetingTime,
            @NotNull @Min(15) @Max(480) Integer durationMinutes,
            @NotBlank String timeZone,
            @NotNull @PositiveOrZero @Max(90) Integer missedAfterDays,
            @NotNull @Positive @Max(366) Integer actionDueDays,
            @Schema(nullable = true) String updatedBy,
            @Schema(nullable = true) Instant updatedAt) {}

    public record InvitedBody(
            @NotBlank @Size(max = 60) String function,
            @NotBlank @Size(max = 100) String userId) {}

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @APIResponse(
            responseCode = "200",
            description = "The policy, with its ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PolicyBody.class)))
    @Operation(operationId = "getCadencePolicy", summary = "Read the review cadence policy")
    public Response get() {
        CadencePolicy policy = policies.current();
        return Responses.ok(body(policy), policy.version());
    }

    @PUT
    @Transactional
    @RolesAllowed(Roles.KAM_ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "Set; the new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PolicyBody.class)))
    @Operation(
            operationId = "setCadencePolicy",
            summary = "Set the review cadence policy",
            description = "Accounts that now qualify get a year of meetings; those that no longer do have their future"
                    + " account reviews cancelled with the reason. updatedBy and updatedAt are the server's and are"
                    + " ignored.")
    public Response put(@HeaderParam("If-Match") String ifMatch, @Valid @NotNull PolicyBody body) {
        CadencePolicy policy = policies.update(ifMatch, settings(body));
        return Responses.ok(body(policy), policy.version());
    }

    private static CadencePolicy.Settings settings(PolicyBody body) {
        return new CadencePolicy.Settings(
                body.selection(),
                body.topN(),
                body.tiers().stream().map(String::strip).toList(),
                body.intervalDays(),
                body.horizonMonths(),
                body.mentorIntervalDays(),
                body.requiredRoles().stream().map(String::strip).toList(),
                body.invited().stream()
                        .map(i -> new CadencePolicy.Invited(
                                i.function().strip(), i.userId().strip()))
                        .toList(),
                body.meetingTime(),
                body.durationMinutes(),
                CadencePolicies.zone(body.timeZone()),
                body.missedAfterDays(),
                body.actionDueDays());
    }

    private static PolicyBody body(CadencePolicy policy) {
        CadencePolicy.Settings s = policy.settings();
        return new PolicyBody(
                s.selection(),
                s.topN(),
                s.tiers(),
                s.intervalDays(),
                s.horizonMonths(),
                s.mentorIntervalDays(),
                s.requiredRoles(),
                s.invited().stream()
                        .map(i -> new InvitedBody(i.function(), i.userId()))
                        .toList(),
                s.meetingTime(),
                s.durationMinutes(),
                s.timeZone().getId(),
                s.missedAfterDays(),
                s.actionDueDays(),
                policy.updatedBy(),
                policy.updatedAt());
    }
}
