package kam.scoring.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Named tiers, each with a lower bound on the score, highest first (Gold 70, Silver 50, Bronze 30), and an optional
 * cap on the number of key accounts. An account below the lowest bound, or beyond the cap, is not a key account.
 */
public record TierScheme(
        String name,
        List<Tier> tiers,
        @Schema(nullable = true) Integer cap) {

    public record Tier(String name, double lowerBound) {}

    public static TierScheme goldSilverBronze() {
        return new TierScheme(
                "Gold / Silver / Bronze",
                List.of(new Tier("Gold", 70), new Tier("Silver", 50), new Tier("Bronze", 30)),
                null);
    }

    public TierScheme {
        if (tiers == null || tiers.isEmpty()) {
            throw new RuleViolation("tiers", "a scheme needs at least one tier");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            if (tier.name() == null || tier.name().isBlank() || !names.add(tier.name())) {
                throw new RuleViolation("tiers[" + i + "].name", "tier names must be present and distinct");
            }
            if (tier.lowerBound() < 0 || tier.lowerBound() > 100) {
                throw new RuleViolation("tiers[" + i + "].lowerBound", "must lie within 0..100");
            }
            if (i > 0 && !(tier.lowerBound() < tiers.get(i - 1).lowerBound())) {
                throw new RuleViolation(
                        "tiers[" + i + "].lowerBound", "tiers go from the highest bound down, each strictly lower");
            }
        }
        if (cap != null && cap < 1) {
            throw new RuleViolation("cap", "must be at least 1");
        }
        tiers = List.copyOf(tiers);
    }

    /** A tier's place in the scheme, best first from 0; no tier, or one the scheme lacks, comes after the last. */
    public int position(String tier) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).name().equals(tier)) {
                return i;
            }
        }
        return tiers.size();
    }

    /** The tier a score earns, ignoring the cap. */
    public Optional<String> tierFor(Double score) {
        if (score == null) {
            return Optional.empty();
        }
        return tiers.stream()
                .filter(t -> score >= t.lowerBound())
                .map(Tier::name)
                .findFirst();
    }

    /**
     * Tiers for a ranked portfolio, best first: each account's tier by score, and past the cap no tier at all.
     *
     * @param ranked account ids with their scores, highest score first
     */
    public Map<String, Optional<String>> assign(List<Map.Entry<String, Double>> ranked) {
        Map<String, Optional<String>> result = new LinkedHashMap<>();
        Ranking ranking = ranking();
        for (Map.Entry<String, Double> entry : ranked) {
            result.put(entry.getKey(), ranking.next(entry.getValue()));
        }
        return result;
    }

    /** Tiers one account after the other, best first, for a portfolio too large to hold: see {@link #assign}. */
    public Ranking ranking() {
        return new Ranking();
    }

    /** The tiers of a ranked portfolio, told one account at a time, best first. */
    public final class Ranking {
        private int keyAccounts;

        private Ranking() {}

        /** The tier of the next account in the ranking, which has this score. */
        public Optional<String> next(Double score) {
            Optional<String> tier = tierFor(score);
            if (tier.isPresent() && cap != null && keyAccounts >= cap) {
                tier = Optional.empty();
            }
            if (tier.isPresent()) {
                keyAccounts++;
            }
            return tier;
        }
    }
}
