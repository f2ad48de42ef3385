package kam.account.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TeamMemberRepository implements PanacheRepositoryBase<TeamMember, UUID> {

    public List<TeamMember> ofAccount(UUID accountId) {
        return list("accountId = ?1 order by role, userId", accountId);
    }

    public Optional<TeamMember> accountManager(UUID accountId) {
        return find("accountId = ?1 and role = ?2", accountId, TeamRole.ACCOUNT_MANAGER)
                .firstResultOptional();
    }

    public Optional<TeamMember> byUser(UUID accountId, String userId) {
        return find("accountId = ?1 and userId = ?2", accountId, userId).firstResultOptional();
    }

    public boolean isMember(UUID accountId, String userId) {
        return count("accountId = ?1 and userId = ?2", accountId, userId) > 0;
    }
}
