package kam.review.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PublishedResultsRepository implements PanacheRepositoryBase<PublishedResults, UUID> {

    public List<PublishedResults> editionsOf(String quarter) {
        return list("quarter = ?1 order by edition", quarter);
    }
}
