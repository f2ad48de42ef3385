package kam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * S6: an account mapped at the scale of the brief's real case, built through the API: a team, a decision-making unit
 * with its org chart, and a relationship from every team member to every stakeholder.
 */
final class RelationshipMap {
    private RelationshipMap() {}

    /** Answers the account's id once it has {@code members} × {@code stakeholders} relationships. */
    static String build(Platform platform, int members, int stakeholders) {
        String base = Platform.ACCOUNTS + "/api/v1/accounts";
        String account = platform.post(base, Map.of("name", "Bench mapped " + System.nanoTime(), "currency", "EUR"))
                .get("id")
                .asText();
        List<String> team = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            team.add(id(platform.post(
                    base + "/" + account + "/team", Map.of("userId", "bench.member." + i, "role", "OTHER"))));
        }
        List<String> people = new ArrayList<>();
        for (int i = 1; i <= stakeholders; i++) {
            Map<String, Object> person = new java.util.HashMap<>(Map.of(
                    "name",
                    "Person " + i,
                    "attitude",
                    "NEUTRAL",
                    "influence",
                    3,
                    "buyingRoles",
                    i <= 3 ? List.of("DECISION_MAKER") : List.of()));
            if (i > 1) {
                person.put("reportsToId", people.get((i - 2) / 4));
            }
            people.add(id(platform.post(base + "/" + account + "/stakeholders", person)));
        }
        int n = 0;
        for (String member : team) {
            for (String person : people) {
                platform.post(
                        base + "/" + account + "/relationships",
                        Map.of(
                                "teamMemberId",
                                member,
                                "stakeholderId",
                                person,
                                "strength",
                                1 + n++ % 5,
                                "lastContact",
                                "2026-01-15",
                                "contactFrequencyDays",
                                30));
            }
        }
        return account;
    }

    private static String id(JsonNode created) {
        return created.get("id").asText();
    }
}
