package kam.scoring.selection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kam.scoring.rules.TierScheme;
import kam.scoring.score.AccountScoreRepository;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the scores would change in the list in force: continuous scoring keeps proposing, and the drift is how far the
 * proposals have moved since the list was agreed.
 */
@ApplicationScoped
public class Drift {
    private final KeyAccountListRepository lists;
    private final AccountScoreRepository scores;
    private final KnownAccounts accounts;

    public Drift(KeyAccountListRepository lists, AccountScoreRepository scores, KnownAccounts accounts) {
        this.lists = lists;
        this.scores = scores;
        this.accounts = accounts;
    }

    /** The drift from the list in force: each account the scores would move, and how many. */
    @Schema(name = "KeyAccountDrift")
    public record Report(
            @Schema(nullable = true, description = "The list in force; null before a list was ever agreed")
            Integer listVersion,

            @Schema(nullable = true) Instant agreedAt,

            @Schema(description = "How many key accounts the list in force names")
            int keyAccounts,

            @Schema(description = "How many accounts the scores would move")
            int count,

            @Schema(description = "from: the agreed tier, to: the proposed one; best score first")
            List<ListMove> items) {}

    public Report now(TierScheme scheme) {
        Optional<KeyAccountList> list = lists.inForce();
        Map<UUID, String> agreed = list.map(KeyAccountListRepository::tiers).orElse(Map.of());
        Map<UUID, String> proposed = scores.proposedTiers();
        List<ListMove> moves =
                ListMove.between(agreed, proposed, scheme, accounts.of(ListMove.differing(agreed, proposed)));
        return new Report(
                list.map(KeyAccountList::version).orElse(null),
                list.map(KeyAccountList::agreedAt).orElse(null),
                agreed.size(),
                moves.size(),
                moves);
    }
}
