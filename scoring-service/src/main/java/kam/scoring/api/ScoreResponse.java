package kam.scoring.api;

import java.time.Instant;
import java.util.UUID;
import kam.scoring.score.Explanation;
import kam.scoring.score.ScoreHistory;
import kam.scoring.score.ScoreState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account's score with its explanation: each criterion's raw value, normalised value, weight and contribution. */
@Schema(name = "Score")
public record ScoreResponse(
        UUID accountId,
        UUID modelId,

        @Schema(nullable = true, description = "0..100; null when no criterion has a value")
        Double score,

        @Schema(nullable = true) Double attractiveness,
        @Schema(nullable = true) Double strength,

        @Schema(description = "Share of the total weight whose criteria have a value, 0..1")
        double completeness,

        @Schema(
                nullable = true,
                description = "The account's tier in the agreed key-account list (then, for a past moment);"
                        + " null: not a key account. A unit that counts in its customer group (groupAccountId)"
                        + " shares the group's tier.")
        String tier,

        @Schema(
                nullable = true,
                description = "The tier the score proposes (rank, cap and overrides in force), which the list"
                        + " takes once people agree it")
        String proposedTier,

        @Schema(nullable = true) String quadrant,

        @Schema(
                nullable = true,
                description = "The customer group this unit counts in: the group is the key account, scored on its"
                        + " roll-up and ranked; the unit's own score is shown, never ranked. Null: the account is a"
                        + " candidate itself.")
        UUID groupAccountId,

        Explanation explanation,
        @Schema(description = "When this score took effect") Instant since) {

    static ScoreResponse from(ScoreHistory h, String agreedTier) {
        ScoreState state = h.state();
        return new ScoreResponse(
                h.accountId(),
                h.modelId(),
                state.score(),
                state.attractiveness(),
                state.strength(),
                state.completeness(),
                agreedTier,
                state.tier(),
                state.quadrant(),
                h.groupId(),
                h.explanation(),
                h.validFrom());
    }
}
