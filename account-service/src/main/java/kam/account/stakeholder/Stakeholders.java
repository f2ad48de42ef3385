package kam.account.stakeholder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kam.account.AccountPermissions;
import kam.account.AccountRepository;
import kam.account.dmu.DmuAttributes;
import kam.account.map.CoverageTracker;
import kam.account.messaging.AccountEvents;
import kam.account.relationship.Relationship;
import kam.account.relationship.RelationshipRepository;
import kam.platform.messaging.Outbox;
import kam.platform.web.Preconditions;
import kam.platform.web.problem.ProblemException;

/** The customer's decision-making unit: its people, their org chart and how they stand towards us. */
@ApplicationScoped
public class Stakeholders {
    private final AccountRepository accounts;
    private final StakeholderRepository stakeholders;
    private final RelationshipRepository relationships;
    private final DmuAttributes dmuAttributes;
    private final AccountPermissions permissions;
    private final Outbox outbox;
    private final CoverageTracker coverage;
    private final Clock clock;

    public Stakeholders(
            AccountRepository accounts,
            StakeholderRepository stakeholders,
            RelationshipRepository relationships,
            DmuAttributes dmuAttributes,
            AccountPermissions permissions,
            Outbox outbox,
            CoverageTracker coverage,
            Clock clock) {
        this.accounts = accounts;
        this.stakeholders = stakeholders;
        this.relationships = relationships;
        this.dmuAttributes = dmuAttributes;
        this.permissions = permissions;
        this.outbox = outbox;
        this.coverage = coverage;
        this.clock = clock;
    }

    public List<Stakeholder> of(UUID accountId) {
        accounts.require(accountId);
        return stakeholders.ofAccount(accountId);
    }

    public Stakeholder get(UUID accountId, UUID stakeholderId) {
        Stakeholder stakeholder = stakeholders.findById(stakeholderId);
        if (stakeholder == null || !stakeholder.accountId().equals(accountId)) {
            throw ProblemException.notFound("stakeholder", stakeholderId);
        }
        return stakeholder;
    }

    @Transactional
    public Stakeholder add(UUID accountId, StakeholderDetails details) {
        permissions.changeable(accountId);
        dmuAttributes.requireValid(details.attributes());
        Stakeholder stakeholder = Stakeholder.add(accountId, details, clock.instant());
        requireValidManager(accountId, stakeholder.id(), details.reportsToId());
        stakeholders.persistAndFlush(stakeholder);
        outbox.publish(AccountEvents.stakeholderAdded(stakeholder));
        coverage.refresh(accountId);
        return stakeholder;
    }

    @Transactional
    public Stakeholder change(UUID accountId, UUID stakeholderId, String ifMatch, StakeholderDetails details) {
        permissions.changeable(accountId);
        Stakeholder stakeholder = get(accountId, stakeholderId);
        Preconditions.requireIfMatch(ifMatch, stakeholder.version());
        dmuAttributes.requireValid(details.attributes());
        requireValidManager(accountId, stakeholderId, details.reportsToId());
        if (stakeholder.details().equals(details)) {
            return stakeholder;
        }
        stakeholder.change(details, clock.instant());
        stakeholders.flush();
        outbox.publish(AccountEvents.stakeholderChanged(stakeholder));
        coverage.refresh(accountId);
        return stakeholder;
    }

    /** Removes the stakeholder and the relationships to them; refused while people still report to them. */
    @Transactional
    public void remove(UUID accountId, UUID stakeholderId, String ifMatch) {
        permissions.changeable(accountId);
        Stakeholder stakeholder = get(accountId, stakeholderId);
        Preconditions.requireIfMatch(ifMatch, stakeholder.version());
        long reports = stakeholders.directReports(stakeholderId);
        if (reports > 0) {
            throw ProblemException.conflict(
                    reports + " stakeholders report to " + stakeholder.name() + "; give them another manager first");
        }
        List<Relationship> theirs = relationships.ofStakeholder(stakeholderId);
        theirs.forEach(relationships::delete);
        stakeholders.delete(stakeholder);
        stakeholders.flush();
        outbox.publish(AccountEvents.stakeholderRemoved(stakeholder, theirs.size()));
        coverage.refresh(accountId);
    }

    /** The manager must be a stakeholder of the same account, and the org chart must stay a tree. */
    private void requireValidManager(UUID accountId, UUID stakeholderId, UUID reportsToId) {
        if (reportsToId == null) {
            return;
        }
        Map<UUID, Stakeholder> org = stakeholders.ofAccount(accountId).stream()
                .collect(Collectors.toMap(Stakeholder::id, Function.identity()));
        if (!org.containsKey(reportsToId)) {
            throw ProblemException.unprocessable(
                    "reportsToId", "stakeholder " + reportsToId + " is not in this account's decision-making unit");
        }
        for (UUID above = reportsToId; above != null; above = org.get(above).reportsToId()) {
            if (above.equals(stakeholderId)) {
                throw ProblemException.conflict("reporting to " + reportsToId + " would make a cycle in the org chart");
            }
        }
    }
}
