package kam.scoring.selection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.scoring.rules.Contribution;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A selection round: the key-account list the active model proposed, each account with its explanation, the edits
 * people made to it (include or exclude, with a reason), and its decision. Approved, it becomes the list in force.
 */
@Entity
public class SelectionRound {
    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String title;

    private UUID modelId;
    private Integer baseVersion;
    private String proposedBy;
    private Instant proposedAt;
    private String decidedBy;
    private Instant decidedAt;
    private Integer listVersion;
    private String note;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Proposed> proposal;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Edit> edits;

    @Version
    private long version;

    /** OPEN while people edit it; APPROVED into the list in force, or DISCARDED. */
    @Schema(name = "SelectionRoundStatus")
    public enum Status {
        OPEN,
        APPROVED,
        DISCARDED
    }

    /** An account the scores proposed, as it stood when the round was proposed. */
    @Schema(name = "ProposedKeyAccount")
    public record Proposed(
            UUID accountId,
            String name,
            int rank,
            @Schema(nullable = true) Double score,
            String tier,

            @Schema(description = "Each criterion's value, weight and contribution to the score")
            List<Contribution> contributions) {}

    /**
     * People's change to the proposal: a tier (null excludes the account) with its reason. With {@code expiresOn} it
     * is an override that holds in later lists until that day; without, it holds for this list only.
     */
    @Schema(name = "SelectionEdit")
    public record Edit(
            UUID accountId,
            @Schema(nullable = true) String tier,
            String reason,
            @Schema(nullable = true) LocalDate expiresOn,
            String editedBy,
            Instant editedAt) {}

    protected SelectionRound() {}

    static SelectionRound propose(
            String title, UUID modelId, Integer baseVersion, String by, Instant at, List<Proposed> proposal) {
        SelectionRound round = new SelectionRound();
        round.id = UUID.randomUUID();
        round.status = Status.OPEN;
        round.title = title;
        round.modelId = modelId;
        round.baseVersion = baseVersion;
        round.proposedBy = by;
        round.proposedAt = at;
        round.proposal = List.copyOf(proposal);
        round.edits = List.of();
        return round;
    }

    /** The list this round would agree: the proposal with the edits applied, by account. */
    Map<UUID, ListChanges.Placement> placements() {
        Map<UUID, ListChanges.Placement> placements = new LinkedHashMap<>();
        proposal.forEach(p -> placements.put(p.accountId(), ListChanges.Placement.byScore(p.tier())));
        for (Edit edit : edits) {
            if (edit.tier() == null) {
                placements.remove(edit.accountId());
            } else {
                ListEntry.Basis basis = edit.expiresOn() == null ? ListEntry.Basis.EDIT : ListEntry.Basis.OVERRIDE;
                placements.put(
                        edit.accountId(),
                        new ListChanges.Placement(edit.tier(), basis, edit.reason(), edit.expiresOn()));
            }
        }
        return placements;
    }

    void edit(Edit edit) {
        List<Edit> next = new ArrayList<>(edits.stream()
                .filter(e -> !e.accountId().equals(edit.accountId()))
                .toList());
        next.add(edit);
        edits = List.copyOf(next);
    }

    boolean removeEdit(UUID accountId) {
        int before = edits.size();
        edits = edits.stream().filter(e -> !e.accountId().equals(accountId)).toList();
        return edits.size() < before;
    }

    void approve(String by, Instant at, int agreedVersion, String why) {
        decide(Status.APPROVED, by, at, why);
        listVersion = agreedVersion;
    }

    void discard(String by, Instant at, String why) {
        decide(Status.DISCARDED, by, at, why);
    }

    private void decide(Status decision, String by, Instant at, String why) {
        status = decision;
        decidedBy = by;
        decidedAt = at;
        note = why;
    }

    public UUID id() {
        return id;
    }

    public Status status() {
        return status;
    }

    public String title() {
        return title;
    }

    public UUID modelId() {
        return modelId;
    }

    public Integer baseVersion() {
        return baseVersion;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Integer listVersion() {
        return listVersion;
    }

    public String note() {
        return note;
    }

    public List<Proposed> proposal() {
        return proposal;
    }

    public List<Edit> edits() {
        return edits;
    }

    public long version() {
        return version;
    }
}
