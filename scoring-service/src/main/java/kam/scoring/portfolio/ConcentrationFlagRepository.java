package kam.scoring.portfolio;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ConcentrationFlagRepository implements PanacheRepositoryBase<ConcentrationFlag, UUID> {}
