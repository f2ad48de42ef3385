package kam.scoring.selection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;
import kam.scoring.model.ScoringModelRepository;
import kam.scoring.rules.TierScheme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The agreed list as people read it: a version whole with what it changed, and the history of versions. */
@ApplicationScoped
public class ListViews {
    private final KeyAccountListRepository lists;
    private final ScoringModelRepository models;

    public ListViews(KeyAccountListRepository lists, ScoringModelRepository models) {
        this.lists = lists;
        this.models = models;
    }

    /** One version of the agreed list, with what it changed against the one before. */
    @Schema(name = "KeyAccountList")
    public record Version(
            int version,
            ListReason reason,
            UUID modelId,

            @Schema(nullable = true, description = "The selection round approved into it")
            UUID roundId,

            String agreedBy,
            Instant agreedAt,
            @Schema(nullable = true) String note,
            int keyAccounts,
            @Schema(description = "Best score first") List<ListEntry> entries,

            @Schema(description = "from: the tier in the version before, to: in this one")
            List<ListMove> changes) {}

    /** A version in the history, without its entries. */
    @Schema(name = "KeyAccountListVersion")
    public record Summary(
            int version,
            ListReason reason,
            String agreedBy,
            Instant agreedAt,
            @Schema(nullable = true) String note,
            int keyAccounts,
            int entering,
            int leaving,

            @Schema(description = "Accounts that moved between tiers")
            int moved) {}

    /** The list in force at that moment (now when null); 404 when none was agreed by then. */
    public Version asOf(Instant when) {
        Optional<KeyAccountList> list = when == null ? lists.inForce() : lists.asOf(when);
        return describe(list.orElseThrow(() -> when == null
                ? ProblemException.notFound("agreed key-account list", "(none agreed yet)")
                : ProblemException.notFound("agreed key-account list as of", when)));
    }

    public Version version(int version) {
        return describe(lists.findByIdOptional(version)
                .orElseThrow(() -> ProblemException.notFound("version of the agreed key-account list", version)));
    }

    /** Versions newest first, from below {@code before}. */
    public List<Summary> history(Integer before, int limit) {
        return lists.newestFirst(before, limit).stream()
                .map(list -> {
                    List<ListMove> changes = changes(list);
                    return new Summary(
                            list.version(),
                            list.reason(),
                            list.agreedBy(),
                            list.agreedAt(),
                            list.note(),
                            list.entries().size(),
                            count(changes, ListMove.Kind.ENTERING),
                            count(changes, ListMove.Kind.LEAVING),
                            count(changes, ListMove.Kind.UP) + count(changes, ListMove.Kind.DOWN));
                })
                .toList();
    }

    private Version describe(KeyAccountList list) {
        return new Version(
                list.version(),
                list.reason(),
                list.modelId(),
                list.roundId(),
                list.agreedBy(),
                list.agreedAt(),
                list.note(),
                list.entries().size(),
                list.entries(),
                changes(list));
    }

    /** What the version changed against the one before it; names and scores as the versions hold them. */
    private List<ListMove> changes(KeyAccountList list) {
        Optional<KeyAccountList> before = lists.findByIdOptional(list.version() - 1);
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, Double> scores = new HashMap<>();
        before.ifPresent(b -> remember(b, names, scores));
        remember(list, names, scores);
        TierScheme scheme = models.require(list.modelId()).tierScheme();
        return ListMove.between(
                before.map(KeyAccountListRepository::tiers).orElse(Map.of()),
                KeyAccountListRepository.tiers(list),
                scheme,
                new KnownAccounts.Standing(names, Map.of(), scores));
    }

    private static void remember(KeyAccountList list, Map<UUID, String> names, Map<UUID, Double> scores) {
        list.entries().forEach(e -> {
            names.put(e.accountId(), e.name());
            if (e.score() != null) {
                scores.put(e.accountId(), e.score());
            }
        });
    }

    private static int count(List<ListMove> moves, ListMove.Kind kind) {
        return (int) moves.stream().filter(m -> m.kind() == kind).count();
    }
}
