package kam.account.map;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kam.account.Account;
import kam.account.AccountRepository;
import kam.account.relationship.Relationship;
import kam.account.relationship.RelationshipRepository;
import kam.account.stakeholder.Stakeholder;
import kam.account.stakeholder.StakeholderRepository;
import kam.account.team.TeamMember;
import kam.account.team.TeamMemberRepository;

/** Reads an account's team, decision-making unit and relationships in three queries, and analyses the coverage. */
@ApplicationScoped
public class RelationshipMaps {
    private final AccountRepository accounts;
    private final TeamMemberRepository team;
    private final StakeholderRepository stakeholders;
    private final RelationshipRepository relationships;
    private final Clock clock;

    public RelationshipMaps(
            AccountRepository accounts,
            TeamMemberRepository team,
            StakeholderRepository stakeholders,
            RelationshipRepository relationships,
            Clock clock) {
        this.accounts = accounts;
        this.team = team;
        this.stakeholders = stakeholders;
        this.relationships = relationships;
        this.clock = clock;
    }

    /** Everything the map shows, as of {@code today}. */
    public record MapData(
            LocalDate today,
            Account account,
            List<TeamMember> team,
            List<Stakeholder> stakeholders,
            List<Relationship> relationships,
            Coverage coverage) {}

    public MapData of(UUID accountId) {
        Account account = accounts.require(accountId);
        List<TeamMember> members = team.ofAccount(accountId);
        List<Stakeholder> people = stakeholders.ofAccount(accountId);
        List<Relationship> links = relationships.ofAccount(accountId);
        LocalDate today = LocalDate.now(clock);
        Coverage coverage = CoverageAnalysis.of(members, people, links, today);
        return new MapData(today, account, members, people, links, coverage);
    }
}
