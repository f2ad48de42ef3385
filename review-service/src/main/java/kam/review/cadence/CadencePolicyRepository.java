package kam.review.cadence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CadencePolicyRepository implements PanacheRepositoryBase<CadencePolicy, Integer> {

    /** The policy; the migration creates it with DOMAIN.md's defaults. */
    public CadencePolicy current() {
        return findById(CadencePolicy.THE_POLICY);
    }
}
