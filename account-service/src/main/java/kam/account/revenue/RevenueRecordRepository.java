package kam.account.revenue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RevenueRecordRepository implements PanacheRepositoryBase<RevenueRecord, UUID> {

    public List<RevenueRecord> ofAccount(UUID accountId) {
        return list("accountId = ?1 order by period", accountId);
    }

    public Optional<RevenueRecord> forPeriod(UUID accountId, String period) {
        return find("accountId = ?1 and period = ?2", accountId, period).firstResultOptional();
    }
}
