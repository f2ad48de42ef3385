package kam.account.stakeholder;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StakeholderRepository implements PanacheRepositoryBase<Stakeholder, UUID> {

    public List<Stakeholder> ofAccount(UUID accountId) {
        return list("accountId = ?1 order by name, id", accountId);
    }

    public long directReports(UUID stakeholderId) {
        return count("reportsToId", stakeholderId);
    }
}
