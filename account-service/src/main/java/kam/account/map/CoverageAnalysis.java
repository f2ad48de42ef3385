package kam.account.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kam.account.relationship.Relationship;
import kam.account.stakeholder.Attitude;
import kam.account.stakeholder.Stakeholder;
import kam.account.team.TeamMember;
import kam.account.team.TeamRole;

/** The coverage rules of DOMAIN.md, on an account's team, stakeholders and relationships. No framework needed. */
public final class CoverageAnalysis {
    private static final List<String> LABELS =
            List.of("NO_STAKEHOLDERS", "NO_KEY_PLAYERS", "NO_SUPPORTIVE_KEY_PLAYER", "SUPPORTIVE_KEY_PLAYER");

    private CoverageAnalysis() {}

    public static Coverage of(
            List<TeamMember> team, List<Stakeholder> stakeholders, List<Relationship> relationships, LocalDate today) {
        List<Stakeholder> keyPlayers =
                stakeholders.stream().filter(Stakeholder::decides).toList();
        int status = stakeholders.isEmpty()
                ? 0
                : keyPlayers.isEmpty()
                        ? 1
                        : keyPlayers.stream().anyMatch(s -> s.attitude().supportive()) ? 3 : 2;

        List<Relationship> strong =
                relationships.stream().filter(Relationship::isStrong).toList();
        Set<UUID> stronglyCovered =
                strong.stream().map(Relationship::stakeholderId).collect(Collectors.toSet());
        List<UUID> uncoveredKeyPlayers = keyPlayers.stream()
                .map(Stakeholder::id)
                .filter(id -> !stronglyCovered.contains(id))
                .toList();

        Map<UUID, TeamMember> membersById =
                team.stream().collect(Collectors.toMap(TeamMember::id, Function.identity()));
        List<String> holders = strong.stream()
                .map(r -> membersById.get(r.teamMemberId()))
                .filter(member -> member != null)
                .map(TeamMember::userId)
                .distinct()
                .sorted()
                .toList();

        List<UUID> overdue = relationships.stream()
                .filter(r -> r.isOverdue(today))
                .map(Relationship::id)
                .toList();

        List<String> missing = new ArrayList<>();
        if (team.stream().noneMatch(m -> m.role() == TeamRole.EXECUTIVE_SPONSOR)) {
            missing.add("an executive sponsor in our team");
        }
        if (keyPlayers.isEmpty()) {
            missing.add("a decision maker among their stakeholders");
        }
        if (stakeholders.stream().noneMatch(s -> s.attitude() == Attitude.CHAMPION)) {
            missing.add("a champion among their stakeholders");
        }
        return new Coverage(
                status,
                LABELS.get(status),
                uncoveredKeyPlayers,
                holders.size() == 1,
                holders,
                overdue,
                missing.isEmpty(),
                List.copyOf(missing));
    }
}
