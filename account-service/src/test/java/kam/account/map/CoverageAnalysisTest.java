package kam.account.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.account.relationship.Relationship;
import kam.account.relationship.RelationshipDetails;
import kam.account.stakeholder.Attitude;
import kam.account.stakeholder.BuyingRole;
import kam.account.stakeholder.Stakeholder;
import kam.account.stakeholder.StakeholderDetails;
import kam.account.team.TeamMember;
import kam.account.team.TeamRole;
import org.junit.jupiter.api.Test;

class CoverageAnalysisTest {
    private static final UUID ACCOUNT = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private final TeamMember amelia = TeamMember.join(ACCOUNT, "amelia", null, TeamRole.ACCOUNT_MANAGER, NOW);
    private final TeamMember sam = TeamMember.join(ACCOUNT, "sam", null, TeamRole.EXECUTIVE_SPONSOR, NOW);

    @Test
    void statusClimbsFromNoStakeholdersToASupportiveKeyPlayer() {
        assertThat(status(List.of())).isZero();
        assertThat(status(List.of(person("User", Attitude.CHAMPION, BuyingRole.USER))))
                .isEqualTo(1);
        assertThat(status(List.of(person("CFO", Attitude.SCEPTIC, BuyingRole.ECONOMIC_BUYER))))
                .isEqualTo(2);
        assertThat(status(List.of(
                        person("CFO", Attitude.SCEPTIC, BuyingRole.ECONOMIC_BUYER),
                        person("COO", Attitude.SUPPORTER, BuyingRole.DECISION_MAKER))))
                .isEqualTo(3);
    }

    @Test
    void keyPlayersWithoutAStrongRelationshipAndSingleThreadingAreFlagged() {
        Stakeholder cfo = person("CFO", Attitude.NEUTRAL, BuyingRole.ECONOMIC_BUYER);
        Stakeholder coo = person("COO", Attitude.CHAMPION, BuyingRole.DECISION_MAKER);
        List<Relationship> links = List.of(link(amelia, coo, 5, null, null), link(sam, cfo, 3, null, null));

        Coverage coverage = CoverageAnalysis.of(List.of(amelia, sam), List.of(cfo, coo), links, TODAY);

        assertThat(coverage.keyPlayersWithoutStrongRelationship()).containsExactly(cfo.id());
        assertThat(coverage.singleThreaded()).isTrue();
        assertThat(coverage.strongRelationshipHolders()).containsExactly("amelia");

        List<Relationship> twoThreads = List.of(link(amelia, coo, 5, null, null), link(sam, cfo, 4, null, null));
        Coverage better = CoverageAnalysis.of(List.of(amelia, sam), List.of(cfo, coo), twoThreads, TODAY);
        assertThat(better.singleThreaded()).isFalse();
        assertThat(better.keyPlayersWithoutStrongRelationship()).isEmpty();
    }

    @Test
    void aRelationshipIsOverdueOnceItsAgreedFrequencyHasPassed() {
        Stakeholder coo = person("COO", Attitude.CHAMPION, BuyingRole.DECISION_MAKER);
        Relationship due = link(amelia, coo, 4, TODAY.minusDays(31), 30);
        Relationship fine = link(sam, coo, 4, TODAY.minusDays(30), 30);
        Relationship never = link(sam, person("X", Attitude.NEUTRAL), 2, null, 14);

        Coverage coverage = CoverageAnalysis.of(List.of(amelia, sam), List.of(coo), List.of(due, fine, never), TODAY);

        assertThat(coverage.overdueRelationships()).containsExactlyInAnyOrder(due.id(), never.id());
    }

    @Test
    void aCompleteProfileNeedsAnExecutiveSponsorADecisionMakerAndAChampion() {
        Stakeholder coo = person("COO", Attitude.CHAMPION, BuyingRole.DECISION_MAKER);
        assertThat(CoverageAnalysis.of(List.of(amelia, sam), List.of(coo), List.of(), TODAY)
                        .profileComplete())
                .isTrue();

        Coverage incomplete = CoverageAnalysis.of(
                List.of(amelia),
                List.of(person("COO", Attitude.SUPPORTER, BuyingRole.DECISION_MAKER)),
                List.of(),
                TODAY);
        assertThat(incomplete.profileComplete()).isFalse();
        assertThat(incomplete.missingForCompleteProfile())
                .containsExactly("an executive sponsor in our team", "a champion among their stakeholders");
    }

    private int status(List<Stakeholder> stakeholders) {
        return CoverageAnalysis.of(List.of(amelia), stakeholders, List.of(), TODAY)
                .status();
    }

    static Stakeholder person(String name, Attitude attitude, BuyingRole... roles) {
        return Stakeholder.add(
                ACCOUNT,
                new StakeholderDetails(name, null, null, null, null, List.of(roles), attitude, 3, Map.of()),
                NOW);
    }

    private static Relationship link(
            TeamMember member, Stakeholder stakeholder, int strength, LocalDate lastContact, Integer every) {
        return Relationship.between(
                ACCOUNT, member.id(), stakeholder.id(), new RelationshipDetails(strength, lastContact, every), NOW);
    }
}
