package kam.scoring.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import kam.scoring.rules.TierScheme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One account whose tier differs between two lists: the list in force and a round's, two versions, or the list in
 * force and what the scores propose now (the drift). A null tier means not a key account.
 */
@Schema(name = "KeyAccountMove")
public record ListMove(
        UUID accountId,
        @Schema(nullable = true) String name,
        @Schema(nullable = true) String from,
        @Schema(nullable = true) String to,
        @Schema(nullable = true) Double score,
        Kind kind) {

    /** ENTERING and LEAVING the list, or moving UP or DOWN between its tiers. */
    @Schema(name = "KeyAccountMoveKind")
    public enum Kind {
        ENTERING,
        LEAVING,
        UP,
        DOWN
    }

    /** Every account whose tier differs from {@code before} to {@code after}, best score first. */
    public static List<ListMove> between(
            Map<UUID, String> before, Map<UUID, String> after, TierScheme scheme, KnownAccounts.Standing accounts) {
        Set<UUID> ids = new HashSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<ListMove> moves = new ArrayList<>();
        for (UUID id : ids) {
            String from = before.get(id);
            String to = after.get(id);
            if (!Objects.equals(from, to)) {
                moves.add(new ListMove(id, accounts.name(id), from, to, accounts.score(id), kind(from, to, scheme)));
            }
        }
        moves.sort(Comparator.comparing(ListMove::score, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                .thenComparing(m -> m.accountId().toString()));
        return moves;
    }

    /** The accounts whose tier differs from one list to the other. */
    public static Set<UUID> differing(Map<UUID, String> before, Map<UUID, String> after) {
        Set<UUID> ids = new HashSet<>();
        before.forEach((id, tier) -> {
            if (!tier.equals(after.get(id))) {
                ids.add(id);
            }
        });
        after.forEach((id, tier) -> {
            if (!tier.equals(before.get(id))) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static Kind kind(String from, String to, TierScheme scheme) {
        if (from == null) {
            return Kind.ENTERING;
        }
        if (to == null) {
            return Kind.LEAVING;
        }
        return scheme.position(to) < scheme.position(from) ? Kind.UP : Kind.DOWN;
    }
}
