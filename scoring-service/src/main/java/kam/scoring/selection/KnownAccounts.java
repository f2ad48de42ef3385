package kam.scoring.selection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kam.scoring.facts.AccountFact;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.score.AccountScore;
import kam.scoring.score.AccountScoreRepository;

/** The names, external ids and current scores of the few accounts a list touches, read in two queries. */
@ApplicationScoped
public class KnownAccounts {
    private final AccountFactRepository facts;
    private final AccountScoreRepository scores;

    public KnownAccounts(AccountFactRepository facts, AccountScoreRepository scores) {
        this.facts = facts;
        this.scores = scores;
    }

    /** What is known of these accounts now. */
    public Standing of(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, Map<String, String>> refs = new HashMap<>();
        Map<UUID, Double> scored = new HashMap<>();
        if (!ids.isEmpty()) {
            for (AccountFact fact : facts.list("accountId in ?1", ids)) {
                names.put(fact.accountId(), fact.name());
                refs.put(fact.accountId(), fact.externalRefs());
            }
            for (AccountScore score : scores.list("accountId in ?1", ids)) {
                scored.put(score.accountId(), score.state().score());
            }
        }
        return new Standing(names, refs, scored);
    }

    /**
     * Names, the ids other systems know them by, and scores by account; an account without a current score has
     * none.
     */
    public record Standing(
            Map<UUID, String> names, Map<UUID, Map<String, String>> externalRefs, Map<UUID, Double> scores) {
        public String name(UUID id) {
            return names.get(id);
        }

        public Map<String, String> externalRefs(UUID id) {
            return externalRefs.getOrDefault(id, Map.of());
        }

        public Double score(UUID id) {
            return scores.get(id);
        }
    }
}
