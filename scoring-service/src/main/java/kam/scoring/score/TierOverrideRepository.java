package kam.scoring.score;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class TierOverrideRepository implements PanacheRepositoryBase<TierOverride, UUID> {}
