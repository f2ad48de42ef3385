package kam.review.report;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One published edition of a quarter's results, kept as published: what the executive meeting saw. */
@Entity
public class PublishedResults {
    @Id
    private UUID id;

    private String quarter;
    private int edition;

    @JdbcTypeCode(SqlTypes.JSON)
    private QuarterlyResults results;

    private String publishedBy;
    private Instant publishedAt;

    protected PublishedResults() {}

    public static PublishedResults of(QuarterlyResults results, int edition, String by, Instant now) {
        PublishedResults published = new PublishedResults();
        published.id = UUID.randomUUID();
        published.quarter = results.quarter();
        published.edition = edition;
        published.results = results;
        published.publishedBy = by;
        published.publishedAt = now;
        return published;
    }

    public UUID id() {
        return id;
    }

    public String quarter() {
        return quarter;
    }

    public int edition() {
        return edition;
    }

    public QuarterlyResults results() {
        return results;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
