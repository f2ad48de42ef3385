package kam.scoring.selection;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One key account of an agreed list: its tier, its place by score when the list was made, and why it holds the tier.
 *
 * @param basis SCORE: the score proposed it; EDIT: people placed it for this list only; OVERRIDE: a tier set by hand
 *     with a reason until {@code expiresOn}
 */
@Schema(name = "KeyAccountEntry")
public record ListEntry(
        UUID accountId,
        String name,
        String tier,
        int rank,
        @Schema(nullable = true) Double score,
        Basis basis,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true) LocalDate expiresOn) {

    /** Why an account holds its tier in the list. */
    @Schema(name = "KeyAccountBasis")
    public enum Basis {
        SCORE,
        EDIT,
        OVERRIDE
    }

    ListEntry ranked(int newRank, Double newScore, String newName) {
        return new ListEntry(accountId, newName, tier, newRank, newScore, basis, reason, expiresOn);
    }
}
