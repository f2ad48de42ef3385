package kam.planning.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A revision of a plan as the mentor approved it. It never changes. */
@Entity
@Immutable
@IdClass(PlanRevision.Key.class)
public class PlanRevision {
    @Id
    private UUID planId;

    @Id
    private int revision;

    private String title;

    @JdbcTypeCode(SqlTypes.JSON)
    private PlanContent content;

    private String approvedBy;
    private Instant approvedAt;

    protected PlanRevision() {}

    public static PlanRevision of(Plan plan, String approvedBy, Instant approvedAt) {
        PlanRevision approved = new PlanRevision();
        approved.planId = plan.id();
        approved.revision = plan.revision();
        approved.title = plan.title();
        approved.content = plan.content();
        approved.approvedBy = approvedBy;
        approved.approvedAt = approvedAt;
        return approved;
    }

    public record Key(UUID planId, int revision) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    public UUID planId() {
        return planId;
    }

    public int revision() {
        return revision;
    }

    public String title() {
        return title;
    }

    public PlanContent content() {
        return content;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }
}
