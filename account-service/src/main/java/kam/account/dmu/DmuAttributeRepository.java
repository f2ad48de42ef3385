package kam.account.dmu;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DmuAttributeRepository implements PanacheRepositoryBase<DmuAttribute, String> {}
