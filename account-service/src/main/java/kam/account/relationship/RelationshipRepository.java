package kam.account.relationship;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RelationshipRepository implements PanacheRepositoryBase<Relationship, UUID> {

    public List<Relationship> ofAccount(UUID accountId) {
        return list("accountId = ?1 order by id", accountId);
    }

    public boolean exists(UUID teamMemberId, UUID stakeholderId) {
        return count("teamMemberId = ?1 and stakeholderId = ?2", teamMemberId, stakeholderId) > 0;
    }

    public long ofTeamMember(UUID teamMemberId) {
        return count("teamMemberId", teamMemberId);
    }

    public List<Relationship> ofStakeholder(UUID stakeholderId) {
        return list("stakeholderId", stakeholderId);
    }
}
