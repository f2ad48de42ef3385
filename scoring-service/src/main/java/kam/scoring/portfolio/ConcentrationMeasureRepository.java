package kam.scoring.portfolio;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ConcentrationMeasureRepository implements PanacheRepositoryBase<ConcentrationMeasure, Integer> {}
