package kam.account.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import kam.account.Account;
import kam.account.AccountRepository;
import kam.account.relationship.RelationshipRepository;
import kam.account.stakeholder.StakeholderRepository;
import kam.account.team.TeamMemberRepository;
import kam.platform.events.account.CoverageChanged;
import kam.platform.messaging.Outbox;

/**
 * Tells the rest of the platform when an account's relationship coverage moves (scoring rates accounts on it): after
 * any change to the team, the decision-making unit or the relationships, in the same transaction.
 */
@ApplicationScoped
public class CoverageTracker {
    private final AccountRepository accounts;
    private final TeamMemberRepository team;
    private final StakeholderRepository stakeholders;
    private final RelationshipRepository relationships;
    private final Outbox outbox;
    private final Clock clock;

    public CoverageTracker(
            AccountRepository accounts,
            TeamMemberRepository team,
            StakeholderRepository stakeholders,
            RelationshipRepository relationships,
            Outbox outbox,
            Clock clock) {
        this.accounts = accounts;
        this.team = team;
        this.stakeholders = stakeholders;
        this.relationships = relationships;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(UUID accountId) {
        Account account = accounts.require(accountId);
        Coverage coverage = CoverageAnalysis.of(
                team.ofAccount(accountId),
                stakeholders.ofAccount(accountId),
                relationships.ofAccount(accountId),
                LocalDate.now(clock));
        if (account.recordCoverage(coverage.status())) {
            outbox.publish(new CoverageChanged(
                    accountId,
                    coverage.status(),
                    coverage.statusLabel(),
                    coverage.profileComplete(),
                    coverage.singleThreaded()));
        }
    }
}
