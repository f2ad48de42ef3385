package kam.scoring.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import kam.scoring.selection.SelectionPolicy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What people send to agree the key-account list. */
public final class SelectionRequests {
    private SelectionRequests() {}

    /** Include, exclude or re-tier an account in a round: always with a reason. */
    @Schema(name = "SelectionEditRequest")
    public record Edit(
            @Size(max = 60)
            @Schema(nullable = true, description = "A tier of the round's scheme; null excludes the account")
            String tier,

            @NotBlank @Size(max = 1000) String reason,

            @Schema(
                    nullable = true,
                    description = "With it, an override that later lists keep until this day, and that may"
                            + " go beyond the cap; without it, the edit holds for this list only")
            LocalDate expiresOn) {}

    /** Starting a round. */
    @Schema(name = "SelectionProposalRequest")
    public record Proposal(
            @Size(max = 200) @Schema(nullable = true, description = "Say, Q1 2027; by default the day it starts")
            String title) {}

    /** Approving or discarding a round, with a note for the list's history. */
    @Schema(name = "SelectionDecisionRequest")
    public record Decision(
            @Size(max = 1000) @Schema(nullable = true) String note) {}

    /** How the list follows the scores. */
    @Schema(name = "SelectionPolicyRequest")
    public record Policy(
            @NotNull SelectionPolicy.Mode mode,

            @NotNull
            @DecimalMin("0")
            @DecimalMax("50")
            @Schema(description = "Score points above a bound to enter its tier, below it to leave, 0..50")
            Double margin,

            @Min(1)
            @Schema(
                    nullable = true,
                    description = "Days after which an account proposed lower leaves whatever its score;"
                            + " absent: never by time")
            Integer daysOut,

            @Schema(
                    nullable = true,
                    description = "true: each unit of a customer group is a candidate of its own, scored on its own"
                            + " figures; false or absent: the group is the candidate, scored on its roll-up, and its"
                            + " units share its tier")
            Boolean unitsStandAlone) {}
}
