package kam.account.map;

import java.util.List;
import java.util.UUID;

/**
 * How well our team covers an account's decision-making unit.
 *
 * @param status 0 no stakeholders mapped, 1 stakeholders but no key players (economic buyer, decision maker), 2 key
 *     players but none supportive, 3 a supportive key player who decides
 * @param keyPlayersWithoutStrongRelationship key players that no one of ours has a strong relationship with
 * @param singleThreaded every strong relationship is held by one team member
 * @param strongRelationshipHolders the user ids of the team members who hold strong relationships
 * @param overdueRelationships relationships whose agreed contact frequency has passed
 * @param missingForCompleteProfile what a complete profile still lacks: an executive sponsor on our side, a decision
 *     maker and a champion on theirs
 */
public record Coverage(
        int status,
        String statusLabel,
        List<UUID> keyPlayersWithoutStrongRelationship,
        boolean singleThreaded,
        List<String> strongRelationshipHolders,
        List<UUID> overdueRelationships,
        boolean profileComplete,
        List<String> missingForCompleteProfile) {}
