package kam.scoring.score;

import java.util.Comparator;
import java.util.UUID;

/** A scored account's place in the ranking, read without its explanation. */
record RankedScore(UUID accountId, Double score, String tier) {
    /** Best first, no score last, ties by account id as PostgreSQL orders uuids (their text). */
    static final Comparator<RankedScore> BEST_FIRST = Comparator.comparing(
                    RankedScore::score, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
            .thenComparing(r -> r.accountId().toString());
}
