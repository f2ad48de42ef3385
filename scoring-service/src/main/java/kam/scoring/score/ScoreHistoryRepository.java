package kam.scoring.score;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ScoreHistoryRepository implements PanacheRepositoryBase<ScoreHistory, UUID> {

    public Optional<ScoreHistory> asOf(UUID accountId, Instant when) {
        return find("accountId = ?1 and validFrom <= ?2 order by validFrom desc", accountId, when)
                .firstResultOptional();
    }

    /** The explanation of the account's current score: its latest entry's. */
    public Explanation latestExplanation(UUID accountId) {
        return find("accountId = ?1 order by validFrom desc", accountId)
                .firstResult()
                .explanation();
    }

    public List<ScoreHistory> of(UUID accountId) {
        return list("accountId = ?1 order by validFrom desc", accountId);
    }

    /**
     * Since when the account's score has proposed a tier other than this one: the first entry after the last that
     * proposed it. Empty when it never proposed another.
     */
    public Optional<Instant> proposedOtherwiseSince(UUID accountId, String tier) {
        Optional<ScoreHistory> lastProposing = (tier == null
                        ? find("accountId = ?1 and state.tier is null order by validFrom desc", accountId)
                        : find("accountId = ?1 and state.tier = ?2 order by validFrom desc", accountId, tier))
                .firstResultOptional();
        return (lastProposing.isEmpty()
                        ? find("accountId = ?1 order by validFrom", accountId)
                        : find(
                                "accountId = ?1 and validFrom > ?2 order by validFrom",
                                accountId,
                                lastProposing.get().validFrom()))
                .firstResultOptional()
                .map(ScoreHistory::validFrom);
    }
}
