package kam.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The reasoning behind re-tiering only part of the portfolio after a few scores change (Rescoring's ranking): the
 * changed accounts, with a cap also those holding a tier and the top {@code cap} that qualify. Tiering that part must
 * give each of its accounts the tier that tiering the whole portfolio gives, and no account outside it may change.
 */
class PartialRetieringTest {
    private static final Comparator<Map.Entry<String, Double>> RANKING =
            Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey);

    @RepeatedTest(200)
    void tieringThePartAgreesWithTieringTheWhole(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        Integer cap = random.nextBoolean() ? null : 1 + random.nextInt(10);
        TierScheme scheme =
                new TierScheme("Scheme", TierScheme.goldSilverBronze().tiers(), cap);
        Map<String, Double> before = new HashMap<>();
        for (int i = 0; i < 5 + random.nextInt(60); i++) {
            before.put("a" + i, random.nextDouble() * 100);
        }
        Map<String, Optional<String>> tiersBefore = scheme.assign(ranked(before));

        Map<String, Double> after = new HashMap<>(before);
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            String account = "a" + random.nextInt(before.size());
            after.put(account, random.nextDouble() * 100);
            changed.add(account);
        }
        Map<String, Optional<String>> whole = scheme.assign(ranked(after));

        Set<String> part = new HashSet<>(changed);
        if (cap != null) {
            tiersBefore.forEach((account, tier) -> tier.ifPresent(t -> part.add(account)));
            double lowest = scheme.tiers().get(scheme.tiers().size() - 1).lowerBound();
            ranked(after).stream()
                    .filter(e -> e.getValue() >= lowest)
                    .limit(cap)
                    .forEach(e -> part.add(e.getKey()));
        }
        Map<String, Double> partScores = part.stream().collect(Collectors.toMap(account -> account, after::get));
        Map<String, Optional<String>> partial = scheme.assign(ranked(partScores));

        partial.forEach((account, tier) -> assertThat(tier).as(account).isEqualTo(whole.get(account)));
        whole.forEach((account, tier) -> {
            if (!part.contains(account)) {
                assertThat(tier).as("untouched " + account).isEqualTo(tiersBefore.get(account));
            }
        });
    }

    private static List<Map.Entry<String, Double>> ranked(Map<String, Double> scores) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(RANKING);
        return ranked;
    }
}
