package kam.scoring.selection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kam.platform.messaging.Outbox;
import kam.scoring.messaging.ScoringEvents;

/**
 * Makes the next version of the agreed list and tells the company: each account whose tier moved gets its
 * tier-changed events (v2, and v1 beside it for its readers), in the transaction of the change. Every writer holds
 * the portfolio lock ({@code Rescoring.serialize}), so versions follow one another without gaps or races.
 */
@ApplicationScoped
public class ListChanges {
    private final KeyAccountListRepository lists;
    private final KnownAccounts accounts;
    private final Outbox outbox;
    private final Clock clock;

    public ListChanges(KeyAccountListRepository lists, KnownAccounts accounts, Outbox outbox, Clock clock) {
        this.lists = lists;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Where an account goes in the next version: its tier (null: out of the list), and on what basis. */
    public record Placement(String tier, ListEntry.Basis basis, String reason, LocalDate expiresOn) {
        public static Placement out() {
            return new Placement(null, ListEntry.Basis.SCORE, null, null);
        }

        public static Placement byScore(String tier) {
            return new Placement(tier, ListEntry.Basis.SCORE, null, null);
        }
    }

    /** Who made a version, and from what. */
    public record Author(ListReason reason, UUID modelId, UUID roundId, String by, String note) {}

    /**
     * The list in force with these placements, as a new version. An agreement always makes one (people agreed it,
     * even unchanged); any other reason only when a tier moves.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<KeyAccountList> change(Map<UUID, Placement> placements, Author author) {
        Optional<KeyAccountList> current = lists.inForce();
        Map<UUID, ListEntry> entries =
                new LinkedHashMap<>(current.map(KeyAccountList::byAccount).orElse(Map.of()));
        Map<UUID, String> before = tiers(entries);
        placements.forEach((id, placement) -> {
            if (placement.tier() == null) {
                entries.remove(id);
            } else {
                entries.put(
                        id,
                        new ListEntry(
                                id,
                                null,
                                placement.tier(),
                                0,
                                null,
                                placement.basis(),
                                placement.reason(),
                                placement.expiresOn()));
            }
        });
        Map<UUID, String> after = tiers(entries);
        if (author.reason() != ListReason.LIST_AGREED && before.equals(after)) {
            return Optional.empty();
        }
        Set<UUID> touched = new HashSet<>(before.keySet());
        touched.addAll(after.keySet());
        KnownAccounts.Standing standing = accounts.of(touched);
        int version = current.map(list -> list.version() + 1).orElse(1);
        KeyAccountList list = KeyAccountList.of(
                version,
                author.reason(),
                author.modelId(),
                author.roundId(),
                author.by(),
                clock.instant(),
                author.note(),
                ranked(entries.values(), standing));
        lists.persist(list);
        publish(before, after, list, standing);
        return Optional.of(list);
    }

    /** The entries by score, best first, with each account's current name and score. */
    private static List<ListEntry> ranked(Iterable<ListEntry> entries, KnownAccounts.Standing standing) {
        List<ListEntry> sorted = new ArrayList<>();
        entries.forEach(sorted::add);
        sorted.sort(Comparator.comparing(
                        (ListEntry e) -> standing.score(e.accountId()),
                        Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                .thenComparing(e -> e.accountId().toString()));
        List<ListEntry> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ListEntry e = sorted.get(i);
            String name = Objects.requireNonNullElse(
                    standing.name(e.accountId()), e.accountId().toString());
            ranked.add(e.ranked(i + 1, standing.score(e.accountId()), name));
        }
        return ranked;
    }

    private void publish(
            Map<UUID, String> before, Map<UUID, String> after, KeyAccountList list, KnownAccounts.Standing standing) {
        List<Object> events = new ArrayList<>();
        Set<UUID> ids = new HashSet<>(before.keySet());
        ids.addAll(after.keySet());
        ids.stream().sorted().forEach(id -> {
            String from = before.get(id);
            String to = after.get(id);
            if (!Objects.equals(from, to)) {
                String name = Objects.requireNonNullElse(standing.name(id), id.toString());
                events.add(ScoringEvents.tierChanged(id, from, to, list));
                events.add(ScoringEvents.tierChangedV2(id, name, standing.externalRefs(id), from, to, list));
            }
        });
        outbox.publishAll(events);
    }

    private static Map<UUID, String> tiers(Map<UUID, ListEntry> entries) {
        Map<UUID, String> tiers = new HashMap<>();
        entries.forEach((id, e) -> tiers.put(id, e.tier()));
        return tiers;
    }
}
