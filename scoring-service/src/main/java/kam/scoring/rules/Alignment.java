package kam.scoring.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a leader's own top-N compares with the scored list. */
public final class Alignment {
    private Alignment() {}

    /**
     * @param overlap the share of the nominated accounts that are also in the scored top-N, 0..1
     * @param rankCorrelation Spearman's rho between the nomination order and the scored order of the accounts both
     *     lists name; null with fewer than two such accounts
     */
    public record Comparison(
            int nominated,
            int inScoredTop,
            double overlap,
            @Schema(nullable = true) Double rankCorrelation) {}

    /**
     * @param nominations the leader's accounts, their favourite first
     * @param scored the whole scored ranking, best first
     */
    public static Comparison compare(List<String> nominations, List<String> scored) {
        int n = nominations.size();
        Set<String> scoredTop = new HashSet<>(scored.subList(0, Math.min(n, scored.size())));
        List<String> common = nominations.stream().filter(scoredTop::contains).toList();
        double overlap = n == 0 ? 0 : common.size() / (double) n;
        return new Comparison(n, common.size(), overlap, spearman(common, scored));
    }

    /** How many distinct accounts all the leaders named together. */
    public static int distinctAccounts(List<List<String>> nominations) {
        Set<String> all = new LinkedHashSet<>();
        nominations.forEach(all::addAll);
        return all.size();
    }

    /** Spearman's rho of the common accounts' order in the nominations against their order in the scored list. */
    private static Double spearman(List<String> commonInNominationOrder, List<String> scored) {
        int n = commonInNominationOrder.size();
        if (n < 2) {
            return null;
        }
        Map<String, Integer> scoredPosition = new HashMap<>();
        for (int i = 0; i < scored.size(); i++) {
            scoredPosition.putIfAbsent(scored.get(i), i);
        }
        List<String> inScoredOrder = commonInNominationOrder.stream()
                .sorted((a, b) -> Integer.compare(scoredPosition.get(a), scoredPosition.get(b)))
                .toList();
        double sumOfSquares = 0;
        for (int i = 0; i < n; i++) {
            int d = i - inScoredOrder.indexOf(commonInNominationOrder.get(i));
            sumOfSquares += (double) d * d;
        }
        return 1 - 6 * sumOfSquares / (n * ((double) n * n - 1));
    }
}
