package kam.scoring.portfolio;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.rules.Alignment;
import kam.scoring.score.AccountScore;
import kam.scoring.score.AccountScoreRepository;

/** Leaders' own top-N lists, and how far they agree with the scored list and with each other. */
@ApplicationScoped
public class Nominations {
    private final NominationRepository nominations;
    private final AccountFactRepository facts;
    private final AccountScoreRepository scores;
    private final SecurityIdentity caller;
    private final Clock clock;

    public Nominations(
            NominationRepository nominations,
            AccountFactRepository facts,
            AccountScoreRepository scores,
            SecurityIdentity caller,
            Clock clock) {
        this.nominations = nominations;
        this.facts = facts;
        this.scores = scores;
        this.caller = caller;
        this.clock = clock;
    }

    public record LeaderAlignment(
            String leader, Instant submittedAt, List<UUID> accountIds, Alignment.Comparison comparison) {}

    public record Report(int leaders, int distinctAccountsNamed, List<LeaderAlignment> alignments) {}

    @Transactional
    public Nomination submit(List<UUID> accountIds) {
        if (new HashSet<>(accountIds).size() != accountIds.size()) {
            throw ProblemException.invalid("accountIds", "body", "names an account twice");
        }
        for (int i = 0; i < accountIds.size(); i++) {
            if (facts.findById(accountIds.get(i)) == null) {
                throw ProblemException.unprocessable("accountIds[" + i + "]", "no such account");
            }
        }
        String leader = caller.getPrincipal().getName();
        Nomination nomination = nominations.findByIdOptional(leader).orElseGet(() -> Nomination.by(leader));
        nomination.submit(accountIds, clock.instant());
        nominations.persist(nomination);
        return nomination;
    }

    /** The nominations against the whole scored ranking. */
    public Report report() {
        return reportAgainst(
                scores.ranked().stream().map(AccountScore::accountId).toList());
    }

    /** The nominations against a list, best first: a selection round's, say. */
    public Report reportAgainst(List<UUID> ranked) {
        List<String> scored = ranked.stream().map(UUID::toString).toList();
        List<Nomination> all = nominations.listAll(Sort.by("leader"));
        List<LeaderAlignment> alignments = all.stream()
                .map(n -> new LeaderAlignment(
                        n.leader(),
                        n.submittedAt(),
                        n.accountIds(),
                        Alignment.compare(
                                n.accountIds().stream().map(UUID::toString).toList(), scored)))
                .toList();
        int distinct = Alignment.distinctAccounts(all.stream()
                .map(n -> n.accountIds().stream().map(UUID::toString).toList())
                .toList());
        return new Report(all.size(), distinct, alignments);
    }
}
