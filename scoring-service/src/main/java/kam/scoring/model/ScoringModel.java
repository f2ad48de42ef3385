package kam.scoring.model;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kam.scoring.rules.Criterion;
import kam.scoring.rules.RatingRules;
import kam.scoring.rules.TierScheme;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a scoring model: its criteria, tier scheme and matrix midpoint. Published, it never changes. */
@Entity
public class ScoringModel {
    @Id
    private UUID id;

    private String name;

    @Enumerated(EnumType.STRING)
    private ModelStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Criterion> criteria = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private TierScheme tierScheme;

    private BigDecimal matrixMidpoint;

    /** Null for models drafted before raters were counted apart: they take the defaults. */
    @JdbcTypeCode(SqlTypes.JSON)
    private RatingRules ratingRules;

    private Instant createdAt;
    private Instant publishedAt;

    @Version
    private long version;

    protected ScoringModel() {}

    public static ScoringModel draft(
            String name, List<Criterion> criteria, TierScheme tiers, double midpoint, RatingRules rules, Instant now) {
        ScoringModel model = new ScoringModel();
        model.id = UUID.randomUUID();
        model.status = ModelStatus.DRAFT;
        model.createdAt = now;
        model.redraft(name, criteria, tiers, midpoint, rules);
        return model;
    }

    public void redraft(String name, List<Criterion> criteria, TierScheme tiers, double midpoint, RatingRules rules) {
        if (status != ModelStatus.DRAFT) {
            throw new PublishedModelException(id);
        }
        this.name = name;
        this.criteria = new ArrayList<>(criteria);
        this.tierScheme = tiers;
        this.matrixMidpoint = BigDecimal.valueOf(midpoint);
        this.ratingRules = rules;
    }

    public void publish(Instant now) {
        if (status != ModelStatus.DRAFT) {
            throw new PublishedModelException(id);
        }
        status = ModelStatus.PUBLISHED;
        publishedAt = now;
    }

    public void retire() {
        status = ModelStatus.RETIRED;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ModelStatus status() {
        return status;
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    public TierScheme tierScheme() {
        return tierScheme;
    }

    public RatingRules ratingRules() {
        return ratingRules == null ? RatingRules.DEFAULT : ratingRules;
    }

    public double matrixMidpoint() {
        return matrixMidpoint.doubleValue();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }
}
