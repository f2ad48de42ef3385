package kam.scoring.selection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kam.scoring.model.ScoringModelRepository;
import kam.scoring.portfolio.Nominations;
import kam.scoring.rules.Contribution;
import kam.scoring.rules.TierScheme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A selection round as the people agreeing it read it: the proposal with the edits, what it would change against the
 * list in force (or, once decided, against the list it was proposed over), and how it aligns with leaders' nominations.
 */
@ApplicationScoped
public class RoundViews {
    private final KeyAccountListRepository lists;
    private final ScoringModelRepository models;
    private final KnownAccounts accounts;
    private final Nominations nominations;

    public RoundViews(
            KeyAccountListRepository lists,
            ScoringModelRepository models,
            KnownAccounts accounts,
            Nominations nominations) {
        this.lists = lists;
        this.models = models;
        this.accounts = accounts;
        this.nominations = nominations;
    }

    @Schema(name = "SelectionRound")
    public record View(
            UUID id,
            String title,
            SelectionRound.Status status,
            UUID modelId,

            @Schema(nullable = true, description = "The version in force when it was proposed")
            Integer baseVersion,

            String proposedBy,
            Instant proposedAt,
            @Schema(nullable = true) String decidedBy,
            @Schema(nullable = true) Instant decidedAt,

            @Schema(nullable = true, description = "The version its approval made")
            Integer listVersion,

            @Schema(nullable = true) String note,

            @Schema(description = "Key accounts in the round's list, edits applied")
            int keyAccounts,

            @Schema(nullable = true, description = "The scheme's cap on key accounts")
            Integer cap,

            List<Row> entries,

            @Schema(
                    description =
                            "from: the list in force (once decided: the one it was proposed over), to: the round's")
            List<ListMove> changes,

            Nominations.Report alignment,
            long version) {}

    /** One account of the round: as proposed, and as edited. */
    @Schema(name = "SelectionRoundEntry")
    public record Row(
            UUID accountId,
            @Schema(nullable = true) String name,

            @Schema(nullable = true, description = "Its place in the proposal; null for an account people added")
            Integer rank,

            @Schema(nullable = true) Double score,
            @Schema(nullable = true) String proposedTier,

            @Schema(nullable = true, description = "Its tier in the round's list; null: excluded")
            String tier,

            @Schema(nullable = true) SelectionRound.Edit edit,
            List<Contribution> contributions) {}

    public View describe(SelectionRound round) {
        Map<UUID, ListChanges.Placement> placements = round.placements();
        Map<UUID, String> tiers = new HashMap<>();
        placements.forEach((id, p) -> tiers.put(id, p.tier()));
        Map<UUID, SelectionRound.Edit> edits = new HashMap<>();
        round.edits().forEach(e -> edits.put(e.accountId(), e));
        List<Row> rows = new ArrayList<>();
        for (SelectionRound.Proposed p : round.proposal()) {
            rows.add(new Row(
                    p.accountId(),
                    p.name(),
                    p.rank(),
                    p.score(),
                    p.tier(),
                    tiers.get(p.accountId()),
                    edits.remove(p.accountId()),
                    p.contributions()));
        }
        KnownAccounts.Standing added = accounts.of(edits.keySet());
        edits.values()
                .forEach(e -> rows.add(new Row(
                        e.accountId(),
                        added.name(e.accountId()),
                        null,
                        added.score(e.accountId()),
                        null,
                        e.tier(),
                        e,
                        List.of())));
        Map<UUID, String> against = round.status() == SelectionRound.Status.OPEN
                ? lists.tiersInForce()
                : Optional.ofNullable(round.baseVersion())
                        .flatMap(lists::findByIdOptional)
                        .map(KeyAccountListRepository::tiers)
                        .orElse(Map.of());
        TierScheme scheme = models.require(round.modelId()).tierScheme();
        List<ListMove> changes =
                ListMove.between(against, tiers, scheme, accounts.of(ListMove.differing(against, tiers)));
        List<UUID> ranked =
                rows.stream().filter(r -> r.tier() != null).map(Row::accountId).toList();
        return new View(
                round.id(),
                round.title(),
                round.status(),
                round.modelId(),
                round.baseVersion(),
                round.proposedBy(),
                round.proposedAt(),
                round.decidedBy(),
                round.decidedAt(),
                round.listVersion(),
                round.note(),
                tiers.size(),
                scheme.cap(),
                rows,
                changes,
                nominations.reportAgainst(ranked),
                round.version());
    }
}
